package th.tidtam.casework.lateness;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import th.tidtam.calendar.service.WorkingCalendar;

/**
 * How late a piece of casework is, fairly, for every case type: counted in working days against the due date in force
 * (an approved extension moves it; the original stays on record), without the working days it spent waiting on
 * another agency's input. Dashboards, reports and boards all read lateness here, so their numbers agree.
 */
@Component
public class Lateness {

    private final WorkingCalendar calendar;
    private final Clock clock;

    public Lateness(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * The same rules over the calendar of a case's province (national holidays and the province's own), for work that
     * knows the case but has no user to take the province from, or a reader of another province (the Ministry's
     * roll-up); this one when the case names none.
     */
    public Lateness inProvince(Long caseProvinceId) {
        return caseProvinceId == null ? this : new Lateness(calendar.inProvince(caseProvinceId), clock);
    }

    /** The day the work ended, in the application's time zone, or null while it is open. */
    public LocalDate finishedOn(Instant finishedAt) {
        return finishedAt == null ? null : LocalDate.ofInstant(finishedAt, clock.getZone());
    }

    /** Working days spent waiting on other agencies: the ended waits plus the open one counted up to {@code asOf}. */
    public int waitingWorkingDays(int endedWaits, LocalDate waitingSince, LocalDate asOf) {
        int open = waitingSince == null || !asOf.isAfter(waitingSince) ? 0 : calendar.workingDaysBetween(waitingSince, asOf);
        return endedWaits + open;
    }

    /**
     * Working days late as of {@code asOf} (or as of the finishing day, once finished): the working days after the due
     * date up to that day, less the days spent waiting on others; never negative.
     */
    public int workingDaysLate(LocalDate due, Instant finishedAt, int endedWaits, LocalDate waitingSince, LocalDate asOf) {
        LocalDate end = finishedAt == null ? asOf : finishedOn(finishedAt);
        if (!end.isAfter(due)) {
            return 0;
        }
        int late = calendar.workingDaysBetween(due, end) - waitingWorkingDays(endedWaits, waitingSince, end);
        return Math.max(0, late);
    }
}
