package th.tidtam.meeting.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.meeting.AgendaItemView;
import th.tidtam.meeting.MeetingStatus;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.MinutesCorrection;
import th.tidtam.meeting.MinutesStatus;
import th.tidtam.meeting.domain.AgendaItem;
import th.tidtam.meeting.domain.AgendaItemRepository;
import th.tidtam.meeting.domain.Meeting;
import th.tidtam.meeting.domain.MeetingBodyRepository;
import th.tidtam.meeting.domain.MeetingEvent;
import th.tidtam.meeting.domain.MeetingRepository;
import th.tidtam.meeting.domain.MinutesCorrectionEntry;
import th.tidtam.meeting.domain.MinutesCorrectionRepository;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.process.Tasks;
import th.tidtam.process.Workflows;

/**
 * The minutes of a meeting: per agenda item what was reported and the resolution (มติที่ประชุม), drafted by the
 * secretariat once the meeting has started; sent to the head of office, who checks them (or sends them back); adopted
 * under item 2 of the body's next meeting, with or without corrections (each recorded). The steps complete the
 * meeting's process tasks when the process waits at them, so the screens, the API and "My work" agree.
 */
@Service
public class Minutes {

    public enum CheckOutcome { CHECKED, RETURN }

    private final MeetingRepository meetings;
    private final MeetingBodyRepository bodies;
    private final AgendaItemRepository items;
    private final MinutesCorrectionRepository corrections;
    private final MeetingAccess access;
    private final MeetingViews views;
    private final Timeline timeline;
    private final Tasks tasks;
    private final Workflows workflows;
    private final Clock clock;

    Minutes(MeetingRepository meetings, MeetingBodyRepository bodies, AgendaItemRepository items,
            MinutesCorrectionRepository corrections, MeetingAccess access, MeetingViews views, Timeline timeline, Tasks tasks,
            Workflows workflows, Clock clock) {
        this.meetings = meetings;
        this.bodies = bodies;
        this.items = items;
        this.corrections = corrections;
        this.access = access;
        this.views = views;
        this.timeline = timeline;
        this.tasks = tasks;
        this.workflows = workflows;
        this.clock = clock;
    }

    /** Writes the minutes of one item; refused before the meeting has started and once the minutes are checked. */
    @Transactional
    public AgendaItemView recordItem(long itemId, String reported, String resolution) {
        CurrentPosition runner = access.requireRunner();
        AgendaItem item = items.lockById(itemId).orElseThrow(MeetingAccess::notFound);
        Meeting meeting = access.ownProvince(meetings.lockById(item.getMeetingId()));
        Attendance.requireHeld(meeting, clock);
        requireDraftable(meeting);
        if (!item.getStatus().onAgenda()) {
            throw new RuleViolation("meeting.error.item-status", item.getNumber(), item.getStatus().name());
        }
        item.minutes(MeetingText.lines(reported, "meeting.field.reported", MeetingText.MAX_TEXT, false),
                MeetingText.lines(resolution, "meeting.field.resolution", MeetingText.MAX_TEXT, false));
        meeting.setStatus(MeetingStatus.HELD);
        meeting.setMinutesStatus(MinutesStatus.DRAFT);
        timeline.record(MeetingCase.of(meeting.getId()), item.getId(), MeetingEvent.Kind.MINUTES_RECORDED, access.stamp(runner),
                item.getNumber(), clock.instant());
        return views.item(item);
    }

    /** The secretariat sends the drafted minutes to the head of office (completes "record the meeting"). */
    @Transactional
    public MeetingSummary submitForCheck(long meetingId) {
        CurrentPosition runner = access.requireRunner();
        Meeting meeting = access.ownProvince(meetings.lockById(meetingId));
        Attendance.requireHeld(meeting, clock);
        requireDraftable(meeting);
        meeting.setStatus(MeetingStatus.HELD);
        meeting.setMinutesStatus(MinutesStatus.DRAFT);
        timeline.record(MeetingCase.of(meetingId), null, MeetingEvent.Kind.MINUTES_SUBMITTED, access.stamp(runner), null,
                clock.instant());
        completeTask(meeting, MeetingCycle.TASK_RECORD, Map.of("outcome", "SUBMIT"));
        return summary(meeting);
    }

    /** The head of office checks the minutes, or sends them back to the secretariat with a note. */
    @Transactional
    public MeetingSummary check(long meetingId, CheckOutcome outcome, String note) {
        CurrentPosition head = access.mine().stream().filter(p -> p.role() == PositionRole.HEAD_OF_OFFICE).findFirst()
                .orElseThrow(() -> new AccessDeniedException("only the head of office checks minutes"));
        Meeting meeting = access.ownProvince(meetings.lockById(meetingId));
        Attendance.requireHeld(meeting, clock);
        if (meeting.getMinutesStatus() != MinutesStatus.DRAFT) {
            throw new RuleViolation("meeting.error.minutes-status", meeting.getNumber(), meeting.getMinutesStatus().name());
        }
        if (outcome == null) {
            throw new RuleViolation("task.error.outcome-unknown");
        }
        String why = MeetingText.lines(note, "meeting.field.note", MeetingText.MAX_REASON, outcome == CheckOutcome.RETURN);
        Instant now = clock.instant();
        if (outcome == CheckOutcome.CHECKED) {
            meeting.setMinutesStatus(MinutesStatus.CHECKED);
            meeting.minutesChecked(head.positionId(), access.personId(), now);
        }
        timeline.record(MeetingCase.of(meetingId), null, outcome == CheckOutcome.CHECKED ? MeetingEvent.Kind.MINUTES_CHECKED
                : MeetingEvent.Kind.MINUTES_RETURNED, access.stamp(head), why, now);
        completeTask(meeting, MeetingCycle.TASK_CHECK, Map.of("outcome", outcome.name()));
        return summary(meeting);
    }

    /**
     * The meeting {@code atMeetingId} adopts the minutes of {@code meetingId} under its item 2: the minutes must be
     * checked, the adopting meeting must be of the same body, later, and have started. Corrections are recorded.
     */
    @Transactional
    public MeetingSummary adopt(long meetingId, Long atMeetingId, List<Correction> corrections) {
        CurrentPosition runner = access.requireRunner();
        if (atMeetingId == null) {
            throw new RuleViolation("meeting.error.required", "meeting.field.adopted-at");
        }
        Meeting meeting = access.ownProvince(meetings.lockById(meetingId));
        Meeting at = access.ownProvince(meetings.findById(atMeetingId));
        if (!at.getBodyId().equals(meeting.getBodyId()) || !at.getStartsAt().isAfter(meeting.getStartsAt())) {
            throw new RuleViolation("meeting.error.adopt-not-next", at.getNumber(), meeting.getNumber());
        }
        Attendance.requireHeld(at, clock);
        if (meeting.getMinutesStatus() != MinutesStatus.CHECKED) {
            throw new RuleViolation("meeting.error.minutes-status", meeting.getNumber(), meeting.getMinutesStatus().name());
        }
        List<Correction> list = corrections == null ? List.of() : corrections;
        if (list.size() > 200) {
            throw new RuleViolation("meeting.error.too-many-corrections", 200);
        }
        Instant now = clock.instant();
        for (Correction c : list) {
            String text = MeetingText.lines(c == null ? null : c.text(), "meeting.field.correction", MeetingText.MAX_TEXT, true);
            if (c.agendaItemId() != null && items.findById(c.agendaItemId()).filter(i -> i.getMeetingId().equals(meeting.getId())).isEmpty()) {
                throw new RuleViolation("meeting.error.item-not-in-meeting", c.agendaItemId(), meeting.getNumber());
            }
            this.corrections.save(new MinutesCorrectionEntry(meeting.getId(), at.getId(), c.agendaItemId(), text, now,
                    runner.positionId(), access.personId()));
        }
        meeting.adopted(at.getId(), !list.isEmpty());
        timeline.record(MeetingCase.of(meeting.getId()), null, MeetingEvent.Kind.MINUTES_ADOPTED, access.stamp(runner),
                at.getNumber() + (list.isEmpty() ? "" : " (" + list.size() + ")"), now);
        timeline.record(MeetingCase.of(at.getId()), null, MeetingEvent.Kind.MINUTES_ADOPTED_AT, access.stamp(runner),
                meeting.getNumber(), now);
        workflows.message(MeetingCycle.MESSAGE_ADOPTED, MeetingCase.PROCESS_KEY, MeetingCase.businessKey(meeting.getId()));
        return summary(meeting);
    }

    @Transactional(readOnly = true)
    public List<MinutesCorrection> corrections(long meetingId) {
        List<CurrentPosition> mine = access.mine();
        meetings.findById(meetingId).filter(m -> access.seesMeeting(mine, m)).orElseThrow(MeetingAccess::notFound);
        return corrections.findByMeetingIdOrderByIdAsc(meetingId).stream().map(c -> new MinutesCorrection(c.getMeetingId(),
                c.getAdoptedAtMeetingId(), c.getAgendaItemId(), c.getCorrection(), c.getRecordedAt(), c.getRecordedByPositionId()))
                .toList();
    }

    private static void requireDraftable(Meeting meeting) {
        if (meeting.getMinutesStatus() == MinutesStatus.CHECKED || meeting.getMinutesStatus() == MinutesStatus.ADOPTED) {
            throw new RuleViolation("meeting.error.minutes-locked", meeting.getNumber());
        }
    }

    private void completeTask(Meeting meeting, String taskKey, Map<String, Object> variables) {
        if (meeting.getProcessInstanceId() == null) {
            return;
        }
        tasks.openTasksOfScope(meeting.getProcessInstanceId(), List.of(taskKey), "meetingId", meeting.getId()).stream()
                .findFirst().ifPresent(id -> tasks.complete(id, variables));
    }

    private MeetingSummary summary(Meeting m) {
        return MeetingViews.meeting(m, bodies.findById(m.getBodyId()).orElseThrow());
    }
}
