package th.tidtam.meeting.service;

import th.tidtam.casework.Clearance;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.casework.alert.Alerts;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.meeting.AgendaItemStatus;
import th.tidtam.meeting.AgendaItemView;
import th.tidtam.meeting.AgendaSection;
import th.tidtam.meeting.AgendaVersionView;
import th.tidtam.meeting.FollowUpLine;
import th.tidtam.meeting.MeetingStatus;
import th.tidtam.meeting.domain.AgendaItem;
import th.tidtam.meeting.domain.AgendaItemRepository;
import th.tidtam.meeting.domain.AgendaVersion;
import th.tidtam.meeting.domain.AgendaVersionRepository;
import th.tidtam.meeting.domain.Meeting;
import th.tidtam.meeting.domain.MeetingBodyMember;
import th.tidtam.meeting.domain.MeetingBodyMemberRepository;
import th.tidtam.meeting.domain.MeetingEvent;
import th.tidtam.meeting.domain.MeetingRepository;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;

/**
 * A meeting's agenda: agencies (member positions) submit items for information (4) and for decision (5) until the
 * end of the cut-off day; after it only the secretariat lets an item in (override). The secretariat enters the other
 * sections, accepts, returns (with a reason) or moves items to another meeting of the body, and publishes the agenda:
 * each publication is a numbered version with a snapshot, and every member position is alerted.
 */
@Service
public class Agenda {

    static final int MAX_ITEMS_PER_SECTION = 99;

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final AgendaVersionRepository versions;
    private final MeetingBodyMemberRepository members;
    private final MeetingAccess access;
    private final MeetingViews views;
    private final AgendaSnapshots snapshots;
    private final Timeline timeline;
    private final Alerts alerts;
    private final WorkingCalendar calendar;
    private final OrgDirectory org;
    private final Clock clock;

    private final Clearance clearance;
    Agenda(MeetingRepository meetings, AgendaItemRepository items, AgendaVersionRepository versions,
            MeetingBodyMemberRepository members, MeetingAccess access, MeetingViews views, AgendaSnapshots snapshots,
            Timeline timeline, Alerts alerts, WorkingCalendar calendar, OrgDirectory org, Clock clock, Clearance clearance) {
        this.clearance = clearance;
        this.meetings = meetings;
        this.items = items;
        this.versions = versions;
        this.members = members;
        this.access = access;
        this.views = views;
        this.snapshots = snapshots;
        this.timeline = timeline;
        this.alerts = alerts;
        this.calendar = calendar;
        this.org = org;
        this.clock = clock;
    }

    /** The moment submissions close: the end of the working day of the cut-off date. */
    public Instant cutOffAt(long meetingId) {
        return calendar.endOfWorkingDay(visibleMeeting(meetingId).getCutOffDate());
    }

    /**
     * Submits an item. A member position submits for sections 4 and 5 until the cut-off; the secretariat (or head of
     * office) enters any section, and after the cut-off only with {@code lateOverride}. An agency's item waits for
     * the secretariat; the secretariat's own is on the agenda at once.
     */
    @Transactional
    public AgendaItemView submit(long meetingId, SubmitItem command) {
        List<CurrentPosition> mine = access.mine();
        Meeting meeting = meetings.lockById(meetingId).filter(m -> access.seesMeeting(mine, m))
                .orElseThrow(MeetingAccess::notFound);
        Optional<CurrentPosition> runner = MeetingAccess.runner(mine);
        Set<Long> memberPositions = members.findByBodyIdOrderByIdAsc(meeting.getBodyId()).stream()
                .map(MeetingBodyMember::getPositionId).collect(Collectors.toSet());
        CurrentPosition via = mine.stream().filter(p -> memberPositions.contains(p.positionId())).findFirst()
                .filter(p -> runner.isEmpty()).or(() -> runner)
                .orElseThrow(() -> new AccessDeniedException("only members and the secretariat submit agenda items"));
        boolean bySecretariat = runner.isPresent();
        if (command == null || command.section() == null) {
            throw new RuleViolation("meeting.error.required", "meeting.field.section");
        }
        if (!bySecretariat && !command.section().openToAgencies()) {
            throw new RuleViolation("meeting.error.section-not-open", command.section().number());
        }
        if (meeting.getStatus() == MeetingStatus.CANCELLED || meeting.getStatus() == MeetingStatus.HELD) {
            throw new RuleViolation("meeting.error.meeting-closed", meeting.getNumber());
        }
        Instant now = clock.instant();
        boolean late = now.isAfter(calendar.endOfWorkingDay(meeting.getCutOffDate()));
        if (late && !(bySecretariat && command.lateOverride())) {
            throw new RuleViolation(bySecretariat ? "meeting.error.after-cut-off-override" : "meeting.error.after-cut-off",
                    meeting.getNumber(), meeting.getCutOffDate());
        }
        String title = MeetingText.line(command.title(), "meeting.field.title", MeetingText.MAX_TITLE, true);
        String summary = MeetingText.lines(command.summary(), "meeting.field.summary", MeetingText.MAX_TEXT, false);
        SecrecyClass secrecy = secrecy(command.secrecy());
        // the submitting position is on a classified item's route: cleared for its class, or refused before saving
        clearance.requireCleared(via.positionId(), secrecy, MeetingCase.TYPE, meetingId, "submit");
        Long unit = command.presenterUnitId() == null ? via.unitId() : command.presenterUnitId();
        if (unit != null && org.unit(unit).isEmpty()) {
            throw new RuleViolation("meeting.error.unit-not-found", unit);
        }
        int seq = items.maxSeq(meetingId, command.section().number()) + 1;
        if (seq > MAX_ITEMS_PER_SECTION) {
            throw new RuleViolation("meeting.error.section-full", command.section().number(), MAX_ITEMS_PER_SECTION);
        }
        ActorStamp by = access.stamp(via);
        AgendaItem item = items.save(new AgendaItem(meetingId, command.section(), seq, title, summary, unit, secrecy, by, now,
                bySecretariat ? AgendaItemStatus.ACCEPTED : AgendaItemStatus.SUBMITTED));
        item.setLateOverride(late);
        timeline.record(MeetingCase.of(meetingId), item.getId(),
                late ? MeetingEvent.Kind.ITEM_SUBMITTED_LATE : MeetingEvent.Kind.ITEM_SUBMITTED, by, item.getNumber(), now);
        return views.item(item);
    }

    static SecrecyClass secrecy(String value) {
        if (value == null || value.isBlank()) {
            return SecrecyClass.NONE;
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (v.equals("TOP_SECRET")) {
            throw new RuleViolation("meeting.error.top-secret");
        }
        try {
            return SecrecyClass.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("meeting.error.secrecy-unknown");
        }
    }

    @Transactional
    public AgendaItemView accept(long itemId) {
        Step step = runnerStep(itemId, AgendaItemStatus.SUBMITTED, AgendaItemStatus.RETURNED);
        step.item().setStatus(AgendaItemStatus.ACCEPTED);
        step.item().setReturnReason(null);
        record(step, MeetingEvent.Kind.ITEM_ACCEPTED, step.item().getNumber());
        return views.item(step.item());
    }

    /** Sends an item back to its agency with a reason; the agency may submit it again (before the cut-off). */
    @Transactional
    public AgendaItemView returnItem(long itemId, String reason) {
        Step step = runnerStep(itemId, AgendaItemStatus.SUBMITTED, AgendaItemStatus.ACCEPTED);
        String why = MeetingText.lines(reason, "meeting.field.return-reason", MeetingText.MAX_REASON, true);
        step.item().setStatus(AgendaItemStatus.RETURNED);
        step.item().setReturnReason(why);
        record(step, MeetingEvent.Kind.ITEM_RETURNED, step.item().getNumber());
        if (step.item().getSubmittedBy().positionId() != null && !step.item().getSubmittedBy().positionId().equals(step.via().positionId())) {
            alerts.raise(step.item().getSubmittedBy().positionId(), MeetingCase.of(step.meeting().getId()), step.item().getId(),
                    AlertKind.REPORT_RETURNED, step.meeting().getNumber() + " " + step.item().getNumber(), clock.instant());
        }
        return views.item(step.item());
    }

    /** Moves an item to another (later, not cancelled) meeting of the same body, where it goes on as a new item. */
    @Transactional
    public AgendaItemView move(long itemId, Long toMeetingId) {
        Step step = runnerStep(itemId, AgendaItemStatus.SUBMITTED, AgendaItemStatus.ACCEPTED, AgendaItemStatus.RETURNED);
        if (toMeetingId == null) {
            throw new RuleViolation("meeting.error.required", "meeting.field.move-to");
        }
        Meeting target = access.ownProvince(meetings.lockById(toMeetingId));
        if (target.getId().equals(step.meeting().getId()) || !target.getBodyId().equals(step.meeting().getBodyId())
                || target.getStatus() == MeetingStatus.CANCELLED || target.getStatus() == MeetingStatus.HELD) {
            throw new RuleViolation("meeting.error.move-target", target.getNumber());
        }
        AgendaItem from = step.item();
        int seq = items.maxSeq(target.getId(), from.getSection().number()) + 1;
        AgendaItem moved = items.save(new AgendaItem(target.getId(), from.getSection(), seq, from.getTitle(), from.getSummary(),
                from.getPresenterUnitId(), from.getSecrecy(), from.getSubmittedBy(), from.getSubmittedAt(),
                from.getStatus() == AgendaItemStatus.RETURNED ? AgendaItemStatus.SUBMITTED : from.getStatus()));
        moved.setMovedFromItemId(from.getId());
        from.setStatus(AgendaItemStatus.MOVED);
        from.setMovedToMeetingId(target.getId());
        record(step, MeetingEvent.Kind.ITEM_MOVED, from.getNumber() + " -> " + target.getNumber());
        timeline.record(MeetingCase.of(target.getId()), moved.getId(), MeetingEvent.Kind.ITEM_MOVED_IN,
                access.stamp(step.via()), step.meeting().getNumber() + " " + from.getNumber(), clock.instant());
        return views.item(moved);
    }

    /** The agency takes its own item back before it is accepted. */
    @Transactional
    public AgendaItemView withdraw(long itemId) {
        List<CurrentPosition> mine = access.mine();
        AgendaItem item = items.lockById(itemId).orElseThrow(MeetingAccess::notFound);
        Meeting meeting = access.ownProvince(meetings.findById(item.getMeetingId()));
        CurrentPosition via = mine.stream().filter(p -> p.positionId().equals(item.getSubmittedBy().positionId())).findFirst()
                .orElseThrow(MeetingAccess::notFound);
        if (item.getStatus() != AgendaItemStatus.SUBMITTED && item.getStatus() != AgendaItemStatus.RETURNED) {
            throw new RuleViolation("meeting.error.item-status", item.getNumber(), item.getStatus().name());
        }
        item.setStatus(AgendaItemStatus.WITHDRAWN);
        timeline.record(MeetingCase.of(meeting.getId()), item.getId(), MeetingEvent.Kind.ITEM_WITHDRAWN, access.stamp(via),
                item.getNumber(), clock.instant());
        return views.item(item);
    }

    /** The items of a meeting the current user may see, in agenda order. */
    @Transactional(readOnly = true)
    public List<AgendaItemView> items(long meetingId) {
        List<CurrentPosition> mine = access.mine();
        Meeting meeting = visibleMeeting(meetingId, mine);
        return views.items(items.findByMeetingIdOrderBySectionAscSeqAscIdAsc(meetingId).stream()
                .filter(i -> access.seesItem(mine, meeting, i)).toList());
    }

    @Transactional(readOnly = true)
    public Optional<AgendaItemView> item(long itemId) {
        List<CurrentPosition> mine = access.mine();
        return items.findById(itemId).filter(i -> meetings.findById(i.getMeetingId())
                .filter(m -> access.seesMeeting(mine, m) && access.seesItem(mine, m, i)).isPresent()).map(views::item);
    }

    /** Item 3: the open directives of the body's earlier meetings, as the current user's follow-up shows them. */
    @Transactional(readOnly = true)
    public List<FollowUpLine> followUp(long meetingId) {
        List<CurrentPosition> mine = access.mine();
        return snapshots.followUp(visibleMeeting(meetingId, mine), mine);
    }

    /**
     * Publishes the agenda as it stands: the first publication is version 1; each later one needs a note saying what
     * changed. Every member position is alerted.
     */
    @Transactional
    public AgendaVersionView publish(long meetingId, String changeNote) {
        CurrentPosition runner = access.requireRunner();
        Meeting meeting = access.ownProvince(meetings.lockById(meetingId));
        return publish(meeting, changeNote, access.stamp(runner), access.mine());
    }

    AgendaVersionView publish(Meeting meeting, String changeNote, ActorStamp by, List<CurrentPosition> viewer) {
        if (meeting.getStatus() == MeetingStatus.CANCELLED || meeting.getStatus() == MeetingStatus.HELD) {
            throw new RuleViolation("meeting.error.meeting-closed", meeting.getNumber());
        }
        String note = MeetingText.lines(changeNote, "meeting.field.change-note", MeetingText.MAX_REASON, false);
        if (meeting.getAgendaVersion() > 0 && note == null) {
            throw new RuleViolation("meeting.error.change-note-required");
        }
        Instant now = clock.instant();
        int version = meeting.nextAgendaVersion();
        String snapshot = snapshots.snapshot(meeting, version, viewer);
        AgendaVersion saved = versions.save(new AgendaVersion(meeting.getId(), version, now, by.positionId(), by.personId(),
                note, snapshot));
        meeting.setStatus(MeetingStatus.AGENDA_PUBLISHED);
        timeline.record(MeetingCase.of(meeting.getId()), null,
                version == 1 ? MeetingEvent.Kind.AGENDA_PUBLISHED : MeetingEvent.Kind.AGENDA_CHANGED, by,
                version == 1 ? "v1" : "v" + version + ": " + note, now);
        for (MeetingBodyMember member : members.findByBodyIdOrderByIdAsc(meeting.getBodyId())) {
            alerts.raise(member.getPositionId(), MeetingCase.of(meeting.getId()), null, AlertKind.PUBLISHED,
                    meeting.getNumber() + " v" + version, now);
        }
        return view(saved);
    }

    @Transactional(readOnly = true)
    public List<AgendaVersionView> versions(long meetingId) {
        visibleMeeting(meetingId);
        return versions.findByMeetingIdOrderByVersionAsc(meetingId).stream().map(Agenda::view).toList();
    }

    private static AgendaVersionView view(AgendaVersion v) {
        return new AgendaVersionView(v.getMeetingId(), v.getVersion(), v.getPublishedAt(), v.getPublishedByPositionId(),
                v.getChangeNote(), v.getSnapshot());
    }

    /** Member positions that report to every meeting and have nothing submitted to this one yet (for reminders). */
    List<Long> owingPositions(Meeting meeting) {
        Set<Long> submitted = items.findByMeetingIdOrderBySectionAscSeqAscIdAsc(meeting.getId()).stream()
                .filter(i -> i.getStatus() != AgendaItemStatus.WITHDRAWN)
                .map(i -> i.getSubmittedBy().positionId()).collect(Collectors.toSet());
        return members.findByBodyIdOrderByIdAsc(meeting.getBodyId()).stream().filter(MeetingBodyMember::isReportsEveryMeeting)
                .map(MeetingBodyMember::getPositionId).filter(p -> !submitted.contains(p)).sorted(Comparator.naturalOrder()).toList();
    }

    private record Step(Meeting meeting, AgendaItem item, CurrentPosition via) {
    }

    private Step runnerStep(long itemId, AgendaItemStatus... allowed) {
        List<CurrentPosition> mine = access.mine();
        AgendaItem item = items.lockById(itemId).orElseThrow(MeetingAccess::notFound);
        Meeting meeting = meetings.findById(item.getMeetingId()).filter(m -> access.seesMeeting(mine, m) && access.seesItem(mine, m, item))
                .orElseThrow(MeetingAccess::notFound);
        CurrentPosition via = access.requireRunner();
        if (!List.of(allowed).contains(item.getStatus())) {
            throw new RuleViolation("meeting.error.item-status", item.getNumber(), item.getStatus().name());
        }
        if (meeting.getStatus() == MeetingStatus.CANCELLED || meeting.getStatus() == MeetingStatus.HELD) {
            throw new RuleViolation("meeting.error.meeting-closed", meeting.getNumber());
        }
        return new Step(meeting, item, via);
    }

    private void record(Step step, MeetingEvent.Kind kind, String detail) {
        timeline.record(MeetingCase.of(step.meeting().getId()), step.item().getId(), kind, access.stamp(step.via()), detail,
                clock.instant());
    }

    Meeting visibleMeeting(long meetingId) {
        return visibleMeeting(meetingId, access.mine());
    }

    private Meeting visibleMeeting(long meetingId, List<CurrentPosition> mine) {
        return meetings.findById(meetingId).filter(m -> access.seesMeeting(mine, m)).orElseThrow(MeetingAccess::notFound);
    }
}
