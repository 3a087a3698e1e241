package th.tidtam.meeting.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.meeting.MeetingStatus;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.domain.Meeting;
import th.tidtam.meeting.domain.MeetingBodyRepository;
import th.tidtam.meeting.domain.MeetingEvent;
import th.tidtam.meeting.domain.MeetingRepository;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.process.Tasks;

/**
 * The agenda's two tasks after the cut-off: the secretariat sends the prepared agenda to the chair, and the chair's
 * position approves it (published at once as version 1, in the chair's name) or sends it back with a note.
 */
@Service
public class AgendaApproval {

    public enum Outcome { APPROVE, RETURN }

    private final MeetingRepository meetings;
    private final MeetingBodyRepository bodies;
    private final MeetingAccess access;
    private final Agenda agenda;
    private final Timeline timeline;
    private final Tasks tasks;
    private final OrgDirectory org;
    private final Clock clock;

    AgendaApproval(MeetingRepository meetings, MeetingBodyRepository bodies, MeetingAccess access, Agenda agenda,
            Timeline timeline, Tasks tasks, OrgDirectory org, Clock clock) {
        this.meetings = meetings;
        this.bodies = bodies;
        this.access = access;
        this.agenda = agenda;
        this.timeline = timeline;
        this.tasks = tasks;
        this.org = org;
        this.clock = clock;
    }

    /** The secretariat sends the agenda to the chair (completes "prepare the agenda"). */
    @Transactional
    public MeetingSummary sendForApproval(long meetingId) {
        CurrentPosition runner = access.requireRunner();
        Meeting meeting = access.ownProvince(meetings.lockById(meetingId));
        requireOpen(meeting);
        String task = openTask(meeting, MeetingCycle.TASK_PREPARE);
        timeline.record(MeetingCase.of(meetingId), null, MeetingEvent.Kind.AGENDA_PREPARED, access.stamp(runner), null, clock.instant());
        tasks.complete(task, Map.of("outcome", "SUBMIT"));
        return summary(meeting);
    }

    /** The chair's position (or whoever acts for it) approves the agenda, or returns it to the secretariat. */
    @Transactional
    public MeetingSummary approve(long meetingId, Outcome outcome, String note) {
        List<CurrentPosition> mine = access.mine();
        Meeting meeting = meetings.lockById(meetingId).filter(m -> access.seesMeeting(mine, m)).orElseThrow(MeetingAccess::notFound);
        Long responsible = org.responsiblePosition(meeting.getChairPositionId()).orElse(meeting.getChairPositionId());
        CurrentPosition chair = mine.stream().filter(p -> p.positionId().equals(meeting.getChairPositionId())
                || p.positionId().equals(responsible)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("only the chair approves the agenda"));
        requireOpen(meeting);
        if (outcome == null) {
            throw new RuleViolation("task.error.outcome-unknown");
        }
        String why = MeetingText.lines(note, "meeting.field.note", MeetingText.MAX_REASON, outcome == Outcome.RETURN);
        String task = openTask(meeting, MeetingCycle.TASK_APPROVE);
        timeline.record(MeetingCase.of(meetingId), null, outcome == Outcome.APPROVE ? MeetingEvent.Kind.AGENDA_APPROVED
                : MeetingEvent.Kind.AGENDA_PREPARED, access.stamp(chair), why, clock.instant());
        if (outcome == Outcome.APPROVE && meeting.getAgendaVersion() == 0) {
            agenda.publish(meeting, null, access.stamp(chair), mine);
        }
        tasks.complete(task, Map.of("outcome", outcome.name()));
        return summary(meeting);
    }

    private void requireOpen(Meeting meeting) {
        if (meeting.getStatus() == MeetingStatus.CANCELLED || meeting.getStatus() == MeetingStatus.HELD) {
            throw new RuleViolation("meeting.error.meeting-closed", meeting.getNumber());
        }
    }

    private String openTask(Meeting meeting, String key) {
        return meeting.getProcessInstanceId() == null ? null
                : tasks.openTasksOfScope(meeting.getProcessInstanceId(), List.of(key), "meetingId", meeting.getId()).stream()
                        .findFirst().orElseThrow(() -> new RuleViolation("meeting.error.no-such-step", meeting.getNumber()));
    }

    private MeetingSummary summary(Meeting m) {
        return MeetingViews.meeting(m, bodies.findById(m.getBodyId()).orElseThrow());
    }
}
