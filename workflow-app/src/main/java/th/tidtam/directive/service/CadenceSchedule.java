package th.tidtam.directive.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

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
 * <li>before the next meeting: the monthly meeting of heads of agencies sits in the last week of the month (no
 * meeting calendar is kept yet), so the report is asked ten working days before the month's last working day and
 * due five working days before it.</li>
 * </ul>
 */
final class CadenceSchedule {

    private final WorkingCalendar calendar;

    CadenceSchedule(WorkingCalendar calendar) {
        this.calendar = calendar;
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
            case BEFORE_NEXT_MEETING -> {
                LocalDate last = lastWorkingDayOfMonth(day);
                yield workingDaysBack(last, 10).equals(day) ? Optional.of(workingDaysBack(last, 5)) : Optional.empty();
            }
            default -> Optional.empty();
        };
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
