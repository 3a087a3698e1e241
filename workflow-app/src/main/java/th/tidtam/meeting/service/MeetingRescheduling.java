package th.tidtam.meeting.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.casework.alert.Alerts;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.meeting.MeetingStatus;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.domain.Meeting;
import th.tidtam.meeting.domain.MeetingBodyMember;
import th.tidtam.meeting.domain.MeetingBodyMemberRepository;
import th.tidtam.meeting.domain.MeetingBodyRepository;
import th.tidtam.meeting.domain.MeetingEvent;
import th.tidtam.meeting.domain.MeetingRepository;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.process.Workflows;

/**
 * Moves a meeting that has not been held yet: meetings move often (the governor is called to Bangkok), and everything
 * that counts from the meeting's date moves with it — the cut-off for agenda items, the reminder before it, the
 * meeting's own timer, "before the next meeting" for directives. The members hear of it in their alerts.
 */
@Service
public class MeetingRescheduling {

    private final MeetingRepository meetings;
    private final MeetingBodyRepository bodies;
    private final MeetingBodyMemberRepository members;
    private final MeetingRegister register;
    private final MeetingAccess access;
    private final Timeline timeline;
    private final Alerts alerts;
    private final WorkingCalendar calendar;
    private final Workflows workflows;
    private final Clock clock;

    MeetingRescheduling(MeetingRepository meetings, MeetingBodyRepository bodies, MeetingBodyMemberRepository members,
            MeetingRegister register, MeetingAccess access, Timeline timeline, Alerts alerts,
            WorkingCalendar calendar, Workflows workflows, Clock clock) {
        this.meetings = meetings;
        this.bodies = bodies;
        this.members = members;
        this.register = register;
        this.access = access;
        this.timeline = timeline;
        this.alerts = alerts;
        this.calendar = calendar;
        this.workflows = workflows;
        this.clock = clock;
    }

    /** Moves the meeting; refused once it has been held or cancelled, into the past, or onto another sitting. */
    @Transactional
    public MeetingSummary reschedule(long meetingId, RescheduleMeeting command) {
        CurrentPosition runner = access.requireRunner();
        Meeting meeting = access.ownProvince(meetings.lockById(meetingId));
        if (meeting.getStatus() != MeetingStatus.SCHEDULED && meeting.getStatus() != MeetingStatus.AGENDA_PUBLISHED) {
            throw new RuleViolation("meeting.error.cannot-reschedule", meeting.getNumber());
        }
        if (command == null || command.startsAt() == null) {
            throw new RuleViolation("meeting.error.required", "meeting.field.starts-at");
        }
        String reason = MeetingText.lines(command.reason(), "meeting.field.reschedule-reason", MeetingText.MAX_REASON, true);
        LocalDateTime startsAt = command.startsAt().withSecond(0).withNano(0);
        LocalDateTime endsAt = command.endsAt() != null ? command.endsAt().withSecond(0).withNano(0)
                : startsAt.plus(Duration.between(meeting.getStartsAt(), meeting.getEndsAt()));
        if (!endsAt.isAfter(startsAt) || endsAt.isAfter(startsAt.plusHours(24))) {
            throw new RuleViolation("meeting.error.ends-before-start");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (!startsAt.isAfter(now) || startsAt.isAfter(now.plusYears(3))) {
            throw new RuleViolation("meeting.error.reschedule-not-ahead");
        }
        String room = MeetingText.line(command.room(), "meeting.field.room", MeetingText.MAX_NAME, false);
        int cutOffDays = command.cutOffWorkingDays() != null ? command.cutOffWorkingDays()
                : workingDaysBetween(meeting.getCutOffDate(), meeting.getStartsAt().toLocalDate());
        if (cutOffDays < 0 || cutOffDays > MeetingRegister.MAX_CUT_OFF_DAYS) {
            throw new RuleViolation("meeting.error.cut-off-range", MeetingRegister.MAX_CUT_OFF_DAYS);
        }
        // the body's row is the lock two schedulers queue on (as in MeetingRegister.schedule)
        bodies.lockById(meeting.getBodyId());
        List<Meeting> clash = meetings.overlapping(meeting.getBodyId(), startsAt, endsAt, meeting.getId(),
                MeetingStatus.CANCELLED);
        if (!clash.isEmpty()) {
            throw new RuleViolation("meeting.error.overlap", clash.get(0).getNumber());
        }
        String was = meeting.getStartsAt().toString();
        meeting.moveTo(startsAt, endsAt, room == null ? meeting.getRoom() : room,
                register.cutOffDate(startsAt.toLocalDate(), cutOffDays));
        Instant at = clock.instant();
        timeline.record(MeetingCase.of(meetingId), null, MeetingEvent.Kind.RESCHEDULED, access.stamp(runner),
                was + " → " + startsAt + " · " + reason, at);
        for (MeetingBodyMember member : members.findByBodyIdOrderByIdAsc(meeting.getBodyId())) {
            alerts.raise(member.getPositionId(), MeetingCase.of(meetingId), null, AlertKind.PUBLISHED,
                    meeting.getNumber(), at);
        }
        Map<String, Object> variables = register.processVariables(meeting);
        workflows.retime(MeetingCase.PROCESS_KEY, MeetingCase.businessKey(meetingId), variables, Map.of(
                "reminderTimer", (Date) variables.get("remindAt"), "cutOffTimer", (Date) variables.get("cutOffAt"),
                "meetingTimer", (Date) variables.get("startsAt")));
        return register.meeting(meetingId).orElseThrow();
    }

    private int workingDaysBetween(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate d = from; d.isBefore(to) && days <= MeetingRegister.MAX_CUT_OFF_DAYS; d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days++;
            }
        }
        return days;
    }
}
