package th.tidtam.meeting.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.directive.Cadence;
import th.tidtam.directive.SourceKind;
import th.tidtam.directive.service.DirectiveService;
import th.tidtam.directive.service.IssueDirective;
import th.tidtam.meeting.MeetingStatus;
import th.tidtam.meeting.MinutesDirectiveView;
import th.tidtam.meeting.domain.AgendaItem;
import th.tidtam.meeting.domain.AgendaItemRepository;
import th.tidtam.meeting.domain.Meeting;
import th.tidtam.meeting.domain.MeetingEvent;
import th.tidtam.meeting.domain.MeetingRepository;
import th.tidtam.meeting.domain.MinutesDirectiveLine;
import th.tidtam.meeting.domain.MinutesDirectiveLineRepository;
import th.tidtam.org.UnitKind;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitSummary;

/**
 * The chair's directives in the minutes (ข้อสั่งการ) become directives of the follow-up process in one step: the
 * secretariat confirms a batch, each draft is issued through the directive module's own service (its rules, numbering
 * and process) with the meeting's number and the agenda item, and each is linked in the meeting's table.
 */
@Service
public class MinutesDirectives {

    public static final int MAX_BATCH = 200;

    /** A directive as the reviewer confirmed it (from the minutes' text or the extraction's proposal). */
    public record DraftDirective(String agendaItem, String subject, String text, Long leadUnitId,
            List<Long> supportingUnitIds, boolean allDistricts, boolean allAgencies, java.time.LocalDate dueDate,
            th.tidtam.directive.Cadence cadence, Integer cadenceDays, String urgency, String secrecy) {
    }

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final MinutesDirectiveLineRepository lines;
    private final MeetingAccess access;
    private final DirectiveService directives;
    private final OrgDirectory org;
    private final Timeline timeline;
    private final ObjectMapper json;
    private final Clock clock;

    MinutesDirectives(MeetingRepository meetings, AgendaItemRepository items, MinutesDirectiveLineRepository lines,
            MeetingAccess access, DirectiveService directives, OrgDirectory org, Timeline timeline, ObjectMapper json,
            Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.lines = lines;
        this.access = access;
        this.directives = directives;
        this.org = org;
        this.timeline = timeline;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Issues every draft as a directive in one transaction: all or nothing; a refusal names the line. Confirming the
     * same batch again (a double click, a retried request) issues nothing more and answers the directives of the first
     * confirmation (their process instance ids are then not known: null).
     */
    @Transactional
    public List<DirectiveService.Issued> issueFromMinutes(long meetingId, List<DraftDirective> drafts) {
        CurrentPosition runner = access.requireRunner();
        // the meeting's row lock makes two confirmations of one batch run one after the other
        Meeting meeting = access.ownProvince(meetings.lockById(meetingId));
        Attendance.requireHeld(meeting, clock);
        if (drafts == null || drafts.isEmpty()) {
            throw new RuleViolation("meeting.error.no-drafts");
        }
        if (drafts.size() > MAX_BATCH) {
            throw new RuleViolation("meeting.error.too-many-drafts", MAX_BATCH);
        }
        String batch = batchKey(drafts);
        List<MinutesDirectiveLine> done = lines.findByMeetingIdAndBatchKeyOrderBySeqAscIdAsc(meetingId, batch);
        if (!done.isEmpty()) {
            return done.stream().map(l -> new DirectiveService.Issued(l.getIssuedDirectiveId(), l.getIssuedDirectiveNumber(), null))
                    .toList();
        }
        List<AgendaItem> meetingItems = items.findByMeetingIdOrderBySectionAscSeqAscIdAsc(meetingId);
        List<UnitSummary> allUnits = org.allUnits(meeting.getProvinceId()); // directives go to units of the meeting's province only
        List<DirectiveService.Issued> issued = new ArrayList<>();
        int seq = lines.maxSeq(meetingId);
        for (int i = 0; i < drafts.size(); i++) {
            int lineNo = i + 1;
            DraftDirective d = drafts.get(i);
            if (d == null) {
                throw new RuleViolation("meeting.error.draft-empty", lineNo);
            }
            String item = agendaItem(d.agendaItem(), lineNo);
            String text = MeetingText.lines(d.text(), "meeting.field.directive-text", DirectiveService.MAX_TEXT, false);
            if (text == null) {
                throw new RuleViolation("meeting.error.draft-text-required", lineNo, item);
            }
            String subject = subject(d.subject(), text);
            List<Long> units = units(d, allUnits, lineNo, item);
            LocalDate due = d.dueDate();
            if (due == null) {
                throw new RuleViolation("meeting.error.draft-due-required", lineNo, item);
            }
            DirectiveService.Issued one;
            try {
                one = directives.issueAndTell(new IssueDirective(subject, text,
                        d.urgency() == null || d.urgency().isBlank() ? "NORMAL" : d.urgency(), d.secrecy(), units.get(0),
                        units.subList(1, units.size()), d.allDistricts(), due, null,
                        d.cadence() == null ? Cadence.NONE : d.cadence(), d.cadenceDays(), SourceKind.MEETING, null,
                        meeting.getNumber(), item, null));
            } catch (RuleViolation refused) {
                // the whole batch rolls back (the directive service marked the transaction); the reviewer is told which line
                throw new RuleViolation("meeting.error.draft-refused", lineNo, item, refused.messageKey());
            }
            Long itemId = meetingItems.stream().filter(a -> a.getNumber().equals(item)).map(AgendaItem::getId).findFirst().orElse(null);
            MinutesDirectiveLine line = stored(meetingId, item, text).orElse(null);
            if (line == null) {
                line = new MinutesDirectiveLine(meetingId, itemId, item, ++seq, subject, text, units, d.allDistricts(),
                        d.allAgencies(), due, d.cadence(), d.cadenceDays(), clock.instant());
            }
            line.issued(batch, one.id(), one.number());
            lines.save(line);
            issued.add(one);
        }
        timeline.record(MeetingCase.of(meetingId), null, MeetingEvent.Kind.DIRECTIVES_ISSUED, access.stamp(runner),
                String.join(", ", issued.stream().map(DirectiveService.Issued::number).toList()), clock.instant());
        return issued;
    }

    /** Keeps a directive of the minutes as a draft line (not issued yet), e.g. while the minutes are written. */
    @Transactional
    public MinutesDirectiveView addDraft(long meetingId, DraftDirective d) {
        access.requireRunner();
        Meeting meeting = access.ownProvince(meetings.lockById(meetingId));
        Attendance.requireHeld(meeting, clock);
        String item = agendaItem(d == null ? null : d.agendaItem(), 1);
        String text = MeetingText.lines(d.text(), "meeting.field.directive-text", DirectiveService.MAX_TEXT, true);
        List<Long> units = units(d, org.allUnits(meeting.getProvinceId()), 1, item);
        Long itemId = items.findByMeetingIdOrderBySectionAscSeqAscIdAsc(meetingId).stream()
                .filter(a -> a.getNumber().equals(item)).map(AgendaItem::getId).findFirst().orElse(null);
        MinutesDirectiveLine line = lines.save(new MinutesDirectiveLine(meetingId, itemId, item, lines.maxSeq(meetingId) + 1,
                subject(d.subject(), text), text, units, d.allDistricts(), d.allAgencies(), d.dueDate(), d.cadence(),
                d.cadenceDays(), clock.instant()));
        return MeetingViews.directive(line);
    }

    /** The directives of the minutes, drafted and issued, in order. */
    @Transactional(readOnly = true)
    public List<MinutesDirectiveView> of(long meetingId) {
        List<CurrentPosition> mine = access.mine();
        meetings.findById(meetingId).filter(m -> access.seesMeeting(mine, m)
                && (MeetingAccess.seesAll(mine) || m.getStatus() == MeetingStatus.HELD)).orElseThrow(MeetingAccess::notFound);
        return lines.findByMeetingIdOrderBySeqAscIdAsc(meetingId).stream().map(MeetingViews::directive).toList();
    }

    private Optional<MinutesDirectiveLine> stored(long meetingId, String item, String text) {
        return lines.findByMeetingIdOrderBySeqAscIdAsc(meetingId).stream()
                .filter(l -> l.getIssuedDirectiveId() == null && l.getAgendaItemNumber().equals(item) && l.getText().equals(text))
                .findFirst();
    }

    private static String agendaItem(String value, int lineNo) {
        String v = value == null ? "" : th.tidtam.base.time.ThaiDigits.toArabic(value.trim());
        if (!v.matches("[1-9][0-9]?(\\.[0-9]{1,3}){0,3}")) {
            String shown = v.length() > 32 ? v.substring(0, 32) : v;
            throw new RuleViolation("meeting.error.draft-agenda-item", lineNo, shown);
        }
        return v;
    }

    /** The directive's subject: as given, or the start of its text (the extraction proposes no subject). */
    private static String subject(String given, String text) {
        String s = given == null || given.isBlank() ? text.strip().lines().findFirst().orElse(text) : given.strip();
        int max = Math.min(DirectiveService.MAX_SUBJECT, 200);
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** Lead first; "all agencies" adds every agency, "all districts" is expanded by the directive service itself. */
    private static List<Long> units(DraftDirective d, List<UnitSummary> all, int lineNo, String item) {
        Set<Long> ids = new LinkedHashSet<>();
        if (d.leadUnitId() != null) {
            ids.add(d.leadUnitId());
        }
        if (d.supportingUnitIds() != null) {
            d.supportingUnitIds().stream().filter(Objects::nonNull).forEach(ids::add);
        }
        if (d.allAgencies()) {
            all.stream().filter(u -> u.kind() == UnitKind.AGENCY).map(UnitSummary::id).forEach(ids::add);
        }
        if (ids.isEmpty() && d.allDistricts()) {
            all.stream().filter(u -> u.kind() == UnitKind.DISTRICT).map(UnitSummary::id).findFirst().ifPresent(ids::add);
        }
        if (ids.isEmpty()) {
            throw new RuleViolation("meeting.error.draft-units-required", lineNo, item);
        }
        for (Long id : ids) {
            if (all.stream().noneMatch(u -> u.id().equals(id))) {
                throw new RuleViolation("meeting.error.draft-unit-unknown", lineNo, item, id);
            }
        }
        return new ArrayList<>(ids);
    }

    private String batchKey(List<DraftDirective> drafts) {
        try {
            byte[] canonical = json.writeValueAsString(drafts).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Could not key the batch", e);
        }
    }
}
