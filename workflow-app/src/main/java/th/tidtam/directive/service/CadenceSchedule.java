package th.tidtam.directive.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.function.Supplier;

import th.tidtam.calendar.MeetingSchedule;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.directive.Cadence;

/**
 * When a unit owes a progress report under the directive's cadence, counted from the day it acknowledged its part.
 * Asked once per working day by the follow-up check; answers the due date of the report when one is owed that day.
 *
 * <ul>
 * <li>daily: every working day, due at its close;</li>
 * <li>weekly: on the first working day of each week, due two working days later;</li>
 * <li>every N days: on the first working day on or after each N-th day, due two working days later;</li>
 * <li>monthly: on the first working day of each month, due three working days later;</li>
 * <li>before the next meeting: asked {@value #ASKED_BEFORE_MEETING} working days before the next sitting of the
 * monthly meeting of heads of agencies on record ({@link MeetingSchedule}) and due {@value #DUE_BEFORE_MEETING}
 * working days before it, so the secretariat has the reports when it writes agenda item 3. Only when the meeting
 * register has no sitting on record at all (no meeting module, or an installation that has not started keeping
 * meetings) does it fall back to the old guess that the meeting sits in the last week of the month: the same numbers
 * counted back from the month's last working day. Once sittings are on record and none is planned after the day,
 * nothing is asked: the register is the truth, and guessing beside it would ask twice.</li>
 * </ul>
 */
final class CadenceSchedule {

    static final int ASKED_BEFORE_MEETING = 10;
    static final int DUE_BEFORE_MEETING = 5;

    private final WorkingCalendar calendar;
    private final Supplier<MeetingSchedule> meetings;
    /** Whose monthly meeting and holidays count: the directive's province (null: the calendar's own, every meeting). */
    private final Long provinceId;

    /** @param meetings the meeting register, or a supplier of null when no module keeps one */
    CadenceSchedule(WorkingCalendar calendar, Supplier<MeetingSchedule> meetings) {
        this(calendar, meetings, null);
    }

    private CadenceSchedule(WorkingCalendar calendar, Supplier<MeetingSchedule> meetings, Long provinceId) {
        this.calendar = calendar;
        this.meetings = meetings;
        this.provinceId = provinceId;
    }

    /**
     * The schedule of one directive's province: its holidays and its monthly meeting. The follow-up check runs in the
     * job executor, where no user names a province.
     */
    CadenceSchedule inProvince(Long directiveProvinceId) {
        return directiveProvinceId == null ? this
                : new CadenceSchedule(calendar.inProvince(directiveProvinceId), meetings, directiveProvinceId);
    }

    Optional<LocalDate> reportDueOn(Cadence cadence, Integer everyNDays, LocalDate acknowledged, LocalDate day) {
        if (cadence == null || cadence == Cadence.NONE || acknowledged == null || !day.isAfter(acknowledged)
                || !calendar.isWorkingDay(day)) {
            return Optional.empty();
        }
        return switch (cadence) {
            case DAILY -> Optional.of(day);
            case WEEKLY -> firstWorkingDayFrom(day.with(DayOfWeek.MONDAY)).equals(day)
                    && day.with(DayOfWeek.MONDAY).isAfter(acknowledged.with(DayOfWeek.MONDAY))
                            ? Optional.of(calendar.addWorkingDays(day, 2)) : Optional.empty();
            case EVERY_N_DAYS -> everyN(everyNDays, acknowledged, day);
            case MONTHLY -> firstWorkingDayFrom(day.withDayOfMonth(1)).equals(day)
                    && day.withDayOfMonth(1).isAfter(acknowledged.withDayOfMonth(1))
                            ? Optional.of(calendar.addWorkingDays(day, 3)) : Optional.empty();
            case BEFORE_NEXT_MEETING -> beforeNextMeeting(day);
            default -> Optional.empty();
        };
    }

    private Optional<LocalDate> beforeNextMeeting(LocalDate day) {
        LocalDate meetingDay = meetingDayAfter(day);
        if (meetingDay == null) {
            return Optional.empty();
        }
        return workingDaysBack(meetingDay, ASKED_BEFORE_MEETING).equals(day)
                ? Optional.of(workingDaysBack(meetingDay, DUE_BEFORE_MEETING)) : Optional.empty();
    }

    /** The day of the next sitting after {@code day}, the month's guess when none is on record, or null. */
    private LocalDate meetingDayAfter(LocalDate day) {
        MeetingSchedule schedule = meetings.get();
        if (schedule != null) {
            Optional<MeetingSchedule.Sitting> next = provinceId == null ? schedule.nextMonthlySittingAfter(day)
                    : schedule.nextMonthlySittingAfter(provinceId, day);
            if (next.isPresent()) {
                return next.get().startsAt().toLocalDate();
            }
            if (!(provinceId == null ? schedule.monthlySittings() : schedule.monthlySittings(provinceId)).isEmpty()) {
                return null;
            }
        }
        return lastWorkingDayOfMonth(day);
    }

    private Optional<LocalDate> everyN(Integer n, LocalDate acknowledged, LocalDate day) {
        if (n == null || n < 1) {
            return Optional.empty();
        }
        long k = ChronoUnit.DAYS.between(acknowledged, day) / n;
        // a long stretch of days off can push an occurrence onto a later working day
        for (long i = Math.max(1, k - 1); i <= k; i++) {
            if (calendar.nextWorkingDay(acknowledged.plusDays(i * n)).equals(day)) {
                return Optional.of(calendar.addWorkingDays(day, 2));
            }
        }
        return Optional.empty();
    }

    private LocalDate firstWorkingDayFrom(LocalDate day) {
        return calendar.nextWorkingDay(day);
    }

    private LocalDate lastWorkingDayOfMonth(LocalDate day) {
        LocalDate d = day.with(TemporalAdjusters.lastDayOfMonth());
        while (!calendar.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    private LocalDate workingDaysBack(LocalDate from, int n) {
        LocalDate d = from;
        for (int i = 0; i < n; i++) {
            d = d.minusDays(1);
            while (!calendar.isWorkingDay(d)) {
                d = d.minusDays(1);
            }
        }
        return d;
    }
}
