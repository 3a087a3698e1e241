package th.tidtam.meeting.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.meeting.BodyMember;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.MinutesCorrection;
import th.tidtam.meeting.MinutesStatus;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.Actor;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.UnitSummary;

/**
 * The agenda and the minutes of a meeting as A4 PDFs, read through the meeting's services as the current user may
 * see them (a meeting they may not see does not exist; classified items they may not see are left out).
 */
@Service
public class MeetingDocuments {

    /** A document ready to download. */
    public record Document(String filename, byte[] bytes) {
    }

    private final MeetingRegister register;
    private final Agenda agenda;
    private final Attendance attendance;
    private final Minutes minutes;
    private final MinutesDirectives directives;
    private final OrgDirectory org;
    private final AgendaPdf agendaPdf;
    private final MinutesPdf minutesPdf;

    MeetingDocuments(MeetingRegister register, Agenda agenda, Attendance attendance, Minutes minutes,
            MinutesDirectives directives, OrgDirectory org, AgendaPdf agendaPdf, MinutesPdf minutesPdf) {
        this.register = register;
        this.agenda = agenda;
        this.attendance = attendance;
        this.minutes = minutes;
        this.directives = directives;
        this.org = org;
        this.agendaPdf = agendaPdf;
        this.minutesPdf = minutesPdf;
    }

    @Transactional(readOnly = true)
    public Document agenda(long meetingId, boolean thaiDigits) {
        MeetingPapers papers = papers(meetingId, false);
        return new Document(fileName("agenda", papers.meeting()), agendaPdf.render(papers, thaiDigits));
    }

    /** @throws RuleViolation {@code meeting.doc.error.no-minutes} while nothing of the minutes is written */
    @Transactional(readOnly = true)
    public Document minutes(long meetingId, boolean thaiDigits) {
        MeetingSummary m = register.meeting(meetingId).orElseThrow(ApiProblems.NotFound::new);
        if (m.minutesStatus() == null || m.minutesStatus() == MinutesStatus.NOT_STARTED) {
            throw new RuleViolation("meeting.doc.error.no-minutes", m.number());
        }
        MeetingPapers papers = papers(meetingId, true);
        return new Document(fileName("minutes", papers.meeting()), minutesPdf.render(papers, thaiDigits));
    }

    /** What the documents print; public for the screens that show the same. */
    @Transactional(readOnly = true)
    public MeetingPapers papers(long meetingId, boolean withMinutes) {
        MeetingSummary m = register.meeting(meetingId).orElseThrow(ApiProblems.NotFound::new);
        List<BodyMember> members = membersOf(m.bodyId());
        MeetingSummary previous = register.previousMeeting(meetingId).orElse(null);
        MeetingSummary adoptedAt = m.adoptedAtMeetingId() == null ? null : register.meeting(m.adoptedAtMeetingId()).orElse(null);
        List<MinutesCorrection> corrections = previous == null || previous.adoptedAtMeetingId() == null
                || previous.adoptedAtMeetingId() != meetingId ? List.of()
                        : minutes.corrections(previous.id()).stream().filter(c -> c.adoptedAtMeetingId() == meetingId).toList();
        var lines = withMinutes ? directives.of(meetingId) : List.<th.tidtam.meeting.MinutesDirectiveView>of();
        Set<Long> unitIds = new HashSet<>();
        lines.forEach(d -> unitIds.addAll(d.unitIds()));
        Set<Long> positionIds = new HashSet<>();
        if (m.chairInPlaceOfPositionId() != null) {
            positionIds.add(m.chairInPlaceOfPositionId());
        }
        return new MeetingPapers(m, members, agenda.items(meetingId), withMinutes ? List.of() : agenda.followUp(meetingId),
                withMinutes ? attendance.of(meetingId) : List.of(), lines, previous, adoptedAt, corrections,
                unitNames(unitIds), positionTitles(positionIds), withMinutes ? noteTaker(m) : null,
                withMinutes ? signer(m.minutesCheckedByPositionId()) : null);
    }

    private List<BodyMember> membersOf(long bodyId) {
        try {
            return register.members(bodyId);
        } catch (ApiProblems.NotFound notAMember) {
            // someone who sees the meeting through an item they submitted sees no member list: all attend as "others"
            return List.of();
        }
    }

    /** The secretariat's officer in the body's secretary unit (or a section of it) writes the minutes. */
    private MeetingPapers.Signer noteTaker(MeetingSummary m) {
        Optional<Long> unit = register.body(m.bodyId()).map(b -> b.secretaryUnitId());
        if (unit.isEmpty()) {
            return null;
        }
        List<Long> units = new java.util.ArrayList<>(List.of(unit.get()));
        org.childUnits(unit.get()).forEach(u -> units.add(u.id()));
        return units.stream().flatMap(u -> org.positionsOfUnit(u).stream())
                .filter(p -> p.role() == PositionRole.SECRETARIAT && !p.vacant()).findFirst().map(p -> signer(p.id()))
                .orElse(null);
    }

    private MeetingPapers.Signer signer(Long positionId) {
        if (positionId == null) {
            return null;
        }
        return org.position(positionId).map(p -> new MeetingPapers.Signer(holder(p), p.titleTh())).orElse(null);
    }

    private static String holder(PositionSummary p) {
        return p.actors().stream().filter(a -> a.kind().fillsPosition()).map(Actor::nameTh).findFirst().orElse(null);
    }

    private Map<Long, String> unitNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            org.units(ids).forEach((UnitSummary u) -> names.put(u.id(), u.nameTh()));
        }
        return names;
    }

    private Map<Long, String> positionTitles(Collection<Long> ids) {
        Map<Long, String> titles = new HashMap<>();
        ids.forEach(id -> org.position(id).ifPresent(p -> titles.put(id, p.titleTh())));
        return titles;
    }

    private static String fileName(String kind, MeetingSummary m) {
        return kind + "-" + m.bodyCode().toLowerCase(java.util.Locale.ROOT) + "-" + m.number().replace('/', '-') + ".pdf";
    }
}
