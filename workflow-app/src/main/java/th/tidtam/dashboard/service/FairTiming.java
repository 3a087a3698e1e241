package th.tidtam.dashboard.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import th.tidtam.directive.service.PartTiming;

/**
 * The dashboard's reading of {@link PartTiming}: how late an open part is today, how late a finished part was on its
 * finishing day, and which aging bucket a lateness falls in. Figures and drill-downs both read lateness here, so a
 * drill-down lists exactly the parts its figure counted.
 */
@Component
class FairTiming {

    /** Lower bounds of the aging buckets in working days late: 1–5, 6–10, 11–20, more than 20. */
    static final int[] AGING_FROM = { 1, 6, 11, 21 };

    record Timing(int late, int waitingDays) {
    }

    private final PartTiming timing;
    private final Clock clock;

    FairTiming(PartTiming timing, Clock clock) {
        this.timing = timing;
        this.clock = clock;
    }

    /** The same reading over one province's calendar: the roll-up reads every province as its own dashboard does. */
    FairTiming inProvince(long provinceId) {
        return new FairTiming(timing.inProvince(provinceId), clock);
    }

    /** Working days an open part is late as of the day, waits on others taken off. */
    int lateOpen(LocalDate due, int endedWaits, LocalDate waitingSince, LocalDate asOf) {
        return timing.workingDaysLate(due, null, endedWaits, waitingSince, asOf);
    }

    /** Working days spent waiting on others, the open wait counted up to the day. */
    int waitingDays(int endedWaits, LocalDate waitingSince, LocalDate asOf) {
        return timing.waitingWorkingDays(endedWaits, waitingSince, asOf);
    }

    /** A finished part's lateness and waits, as of the day it finished. */
    Timing finished(LocalDate due, LocalDate finishedOn, int endedWaits, LocalDate waitingSince) {
        Instant finishedAt = finishedOn.atStartOfDay(clock.getZone()).toInstant();
        return new Timing(timing.workingDaysLate(due, finishedAt, endedWaits, waitingSince, finishedOn),
                timing.waitingWorkingDays(endedWaits, waitingSince, finishedOn));
    }

    static int bucketOf(int late) {
        for (int i = AGING_FROM.length - 1; i >= 0; i--) {
            if (late >= AGING_FROM[i]) {
                return i;
            }
        }
        throw new IllegalArgumentException("not late: " + late);
    }
}
