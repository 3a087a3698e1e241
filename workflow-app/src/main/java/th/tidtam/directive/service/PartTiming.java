package th.tidtam.directive.service;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.directive.domain.DirectivePart;
import th.tidtam.directive.domain.PartStatus;

/**
 * How late a unit's part is, fairly: counted in working days against the due date in force (an approved extension
 * moves it; the original stays on record), and without the working days the part spent waiting on another agency's
 * input. The dashboard, the meeting report and the board all read lateness here, so their numbers agree.
 */
@Component
public class PartTiming {

    private final WorkingCalendar calendar;

    PartTiming(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The day the part's work ended (its final report), or empty while it is open. */
    public static LocalDate finishedOn(Instant finishedAt) {
        return finishedAt == null ? null : finishedAt.atZone(WorkingCalendar.ZONE).toLocalDate();
    }

    /** Working days spent waiting on other agencies, the open wait counted up to {@code asOf}. */
    public int waitingWorkingDays(int endedWaits, LocalDate waitingSince, LocalDate asOf) {
        int open = waitingSince == null || !asOf.isAfter(waitingSince) ? 0 : calendar.workingDaysBetween(waitingSince, asOf);
        return endedWaits + open;
    }

    /**
     * Working days late as of {@code asOf} (or as of its finishing day, once finished): the working days after the due
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

    public int workingDaysLate(DirectivePart part, LocalDate asOf) {
        return workingDaysLate(part.getDueDate(), part.getStatus() == PartStatus.DONE ? part.getFinishedAt() : null,
                part.getWaitingWorkingDays(), part.getWaitingSince(), asOf);
    }

    /** A finished part is on time when it is not late by this measure. */
    public boolean finishedOnTime(DirectivePart part) {
        return part.getStatus() == PartStatus.DONE && part.getFinishedAt() != null
                && workingDaysLate(part, finishedOn(part.getFinishedAt())) == 0;
    }
}
