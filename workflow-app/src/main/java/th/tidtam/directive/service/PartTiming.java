package th.tidtam.directive.service;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import th.tidtam.casework.lateness.Lateness;
import th.tidtam.directive.domain.DirectivePart;
import th.tidtam.directive.domain.PartStatus;

/**
 * The casework core's {@link Lateness} applied to a unit's part of a directive: the due date in force, the finishing
 * time of a part that is done, and the days it waited on another agency. The dashboard, the meeting report and the
 * board all read a part's lateness here, so their numbers agree.
 */
@Component
public class PartTiming {

    private final Lateness lateness;

    PartTiming(Lateness lateness) {
        this.lateness = lateness;
    }

    /** The same timing over one province's calendar (see {@link Lateness#inProvince}). */
    public PartTiming inProvince(Long provinceId) {
        return new PartTiming(lateness.inProvince(provinceId));
    }

    /** The day the part's work ended (its final report), or null while it is open. */
    public LocalDate finishedOn(Instant finishedAt) {
        return lateness.finishedOn(finishedAt);
    }

    /** Working days spent waiting on other agencies, the open wait counted up to {@code asOf}. */
    public int waitingWorkingDays(int endedWaits, LocalDate waitingSince, LocalDate asOf) {
        return lateness.waitingWorkingDays(endedWaits, waitingSince, asOf);
    }

    /** See {@link Lateness#workingDaysLate}. */
    public int workingDaysLate(LocalDate due, Instant finishedAt, int endedWaits, LocalDate waitingSince, LocalDate asOf) {
        return lateness.workingDaysLate(due, finishedAt, endedWaits, waitingSince, asOf);
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
