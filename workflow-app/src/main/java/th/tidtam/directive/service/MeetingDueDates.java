package th.tidtam.directive.service;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import th.tidtam.base.RuleViolation;
import th.tidtam.calendar.MeetingSchedule;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.org.service.OrgCaller;
import th.tidtam.org.service.OrgReach;

/**
 * A due date of "before the next meeting": the last working day before the next sitting of the monthly meeting on
 * record ({@link MeetingSchedule}), so the unit's answer is in before the meeting follows the directive up. Unlike the
 * cadence there is no guess here: a due date is a promise, and without a sitting on record it is refused. The
 * meeting is the issuer's province's (each province has its own monthly meeting); the installation's administrator,
 * who has no province, reads every province's sittings as before.
 */
@Service
public class MeetingDueDates {

    /** The next sitting and the due date it gives. */
    public record BeforeNextMeeting(String meetingNumber, LocalDate meetingDay, LocalDate dueDate) {
    }

    private final ObjectProvider<MeetingSchedule> meetings;
    private final WorkingCalendar calendar;

    /** The caller's province, null for every province's sittings. */
    private final Supplier<Long> province;

    MeetingDueDates(ObjectProvider<MeetingSchedule> meetings, WorkingCalendar calendar) {
        this(meetings, calendar, () -> null);
    }

    @Autowired
    MeetingDueDates(ObjectProvider<MeetingSchedule> meetings, WorkingCalendar calendar, OrgCaller caller) {
        this(meetings, calendar, () -> {
            OrgReach reach = caller.reach();
            return reach.everything() ? null : reach.provinceId();
        });
    }

    private MeetingDueDates(ObjectProvider<MeetingSchedule> meetings, WorkingCalendar calendar, Supplier<Long> province) {
        this.meetings = meetings;
        this.calendar = calendar;
        this.province = province;
    }

    /** The working day before the first sitting after today, if one is on record. */
    public Optional<BeforeNextMeeting> beforeNextMeeting() {
        MeetingSchedule schedule = meetings.getIfAvailable();
        if (schedule == null) {
            return Optional.empty();
        }
        Long provinceId = province.get();
        Optional<MeetingSchedule.Sitting> next = provinceId == null ? schedule.nextMonthlySittingAfter(calendar.today())
                : schedule.nextMonthlySittingAfter(provinceId, calendar.today());
        return next.map(s -> {
            LocalDate day = s.startsAt().toLocalDate();
            return new BeforeNextMeeting(s.number(), day, workingDayBefore(day));
        });
    }

    /** @throws RuleViolation {@code directive.error.no-next-meeting} when no sitting after today is on record */
    public BeforeNextMeeting requireBeforeNextMeeting() {
        return beforeNextMeeting().orElseThrow(() -> new RuleViolation("directive.error.no-next-meeting"));
    }

    private LocalDate workingDayBefore(LocalDate day) {
        LocalDate d = day.minusDays(1);
        // bounded: the sitting is after today, so this stops at today at the latest, however long the days off
        while (!calendar.isWorkingDay(d) && d.isAfter(calendar.today())) {
            d = d.minusDays(1);
        }
        return d;
    }
}
