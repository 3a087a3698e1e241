package th.tidtam.dashboard.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.database.ReplicaRead;
import th.tidtam.org.SecrecyClass;

/**
 * The head of office's headline figures — open, overdue, due soon, waiting, aging, and parts finished in a period on
 * time or late — per province and unit, computed from the per-day summary ({@link PartSummary}) with the dashboard's
 * own reading of lateness ({@link FairTiming}), so that a national roll-up gives each province exactly the figures of
 * that province's dashboard. No access rule here: the caller (the roll-up) decides who may ask and passes the classes
 * the reader is cleared for.
 */
@Service
@Transactional(readOnly = true)
@ReplicaRead
public class SummaryFigures {

    /** One unit's figures ({@code aging}: open parts per bucket of {@link #agingFrom()}). */
    public record UnitFigures(long provinceId, long unitId, long open, long overdue, long dueSoon, long waiting,
            long[] aging, long finished, long onTime, long late) {
    }

    /** Parts finished in a month, and how many of them on time. */
    public record MonthFigures(long provinceId, YearMonth month, long finished, long onTime) {
    }

    public record Figures(LocalDate today, List<UnitFigures> units, List<MonthFigures> months) {
    }

    private final PartSummary summary;
    private final FairTiming timing;
    private final WorkingCalendar calendar;

    SummaryFigures(PartSummary summary, FairTiming timing, WorkingCalendar calendar) {
        this.summary = summary;
        this.timing = timing;
        this.calendar = calendar;
    }

    /** Lower bounds of the aging buckets in working days late, as the dashboard shows them. */
    public static int[] agingFrom() {
        return FairTiming.AGING_FROM.clone();
    }

    /**
     * Figures of the given provinces (every unit), the finished ones of {@code from}..{@code to}, and per month the
     * parts finished from {@code trendFrom} to today; only directives of the given classes count.
     */
    public Figures figures(Collection<Long> provinces, Set<SecrecyClass> classes, LocalDate from, LocalDate to,
            LocalDate trendFrom) {
        LocalDate today = calendar.today();
        PartSummary.Selection s = new PartSummary.Selection(provinces, null, null, classes);
        Map<List<Long>, long[]> perUnit = new TreeMap<>((a, b) -> a.get(0).equals(b.get(0))
                ? a.get(1).compareTo(b.get(1)) : a.get(0).compareTo(b.get(0)));
        int buckets = FairTiming.AGING_FROM.length;
        // each province's figures by its own calendar (its holidays besides the nation's), as its dashboard counts
        // them; lateness depends on the province and the timing inputs only: computed once per distinct input
        Map<Long, ProvinceTiming> byProvince = new HashMap<>();
        for (PartSummary.Open o : summary.open(s)) {
            ProvinceTiming t = byProvince.computeIfAbsent(o.provinceId(), ProvinceTiming::new);
            long[] r = perUnit.computeIfAbsent(List.of(o.provinceId(), o.unitId()), k -> new long[7 + buckets]);
            int late = t.lateOpen(o, today);
            r[0] += o.parts();
            if (o.waitingSince() != null) {
                r[3] += o.parts();
            }
            if (late > 0) {
                r[1] += o.parts();
                r[7 + FairTiming.bucketOf(late)] += o.parts();
            } else if (!o.dueDate().isAfter(t.dueSoonLimit(today))) {
                r[2] += o.parts();
            }
        }
        Map<List<Long>, long[]> perMonth = new TreeMap<>((a, b) -> a.get(0).equals(b.get(0))
                ? a.get(1).compareTo(b.get(1)) : a.get(0).compareTo(b.get(0)));
        LocalDate readFrom = from.isBefore(trendFrom) ? from : trendFrom;
        LocalDate readTo = to.isAfter(today) ? to : today;
        for (PartSummary.Finished f : summary.finished(s, readFrom, readTo)) {
            boolean onTime = !f.finishedOn().isAfter(f.dueDate())
                    || byProvince.computeIfAbsent(f.provinceId(), ProvinceTiming::new).onTime(f);
            if (!f.finishedOn().isBefore(from) && !f.finishedOn().isAfter(to)) {
                long[] r = perUnit.computeIfAbsent(List.of(f.provinceId(), f.unitId()), k -> new long[7 + buckets]);
                r[4] += f.parts();
                r[onTime ? 5 : 6] += f.parts();
            }
            if (!f.finishedOn().isBefore(trendFrom) && !f.finishedOn().isAfter(today)) {
                YearMonth m = YearMonth.from(f.finishedOn());
                long[] r = perMonth.computeIfAbsent(List.of(f.provinceId(), (long) (m.getYear() * 12 + m.getMonthValue() - 1)),
                        k -> new long[2]);
                r[0] += f.parts();
                if (onTime) {
                    r[1] += f.parts();
                }
            }
        }
        List<UnitFigures> units = new ArrayList<>();
        perUnit.forEach((k, r) -> units.add(new UnitFigures(k.get(0), k.get(1), r[0], r[1], r[2], r[3],
                Arrays.copyOfRange(r, 7, 7 + buckets), r[4], r[5], r[6])));
        List<MonthFigures> months = new ArrayList<>();
        perMonth.forEach((k, r) -> months.add(new MonthFigures(k.get(0),
                YearMonth.of((int) (k.get(1) / 12), (int) (k.get(1) % 12) + 1), r[0], r[1])));
        return new Figures(today, units, months);
    }

    /** One province's calendar and the lateness already worked out for it. */
    private final class ProvinceTiming {
        private final WorkingCalendar calendar;
        private final FairTiming timing;
        private final Map<List<Object>, Integer> lateOpen = new HashMap<>();
        private final Map<List<Object>, Boolean> onTime = new HashMap<>();
        private LocalDate dueSoonLimit;

        ProvinceTiming(long provinceId) {
            this.calendar = SummaryFigures.this.calendar.inProvince(provinceId);
            this.timing = SummaryFigures.this.timing.inProvince(provinceId);
        }

        int lateOpen(PartSummary.Open o, LocalDate today) {
            return lateOpen.computeIfAbsent(Arrays.asList(o.dueDate(), o.endedWaitingDays(), o.waitingSince()),
                    k -> timing.lateOpen(o.dueDate(), o.endedWaitingDays(), o.waitingSince(), today));
        }

        boolean onTime(PartSummary.Finished f) {
            return onTime.computeIfAbsent(Arrays.asList(f.dueDate(), f.finishedOn(), f.endedWaitingDays(), f.waitingSince()),
                    k -> timing.finished(f.dueDate(), f.finishedOn(), f.endedWaitingDays(), f.waitingSince()).late() == 0);
        }

        LocalDate dueSoonLimit(LocalDate today) {
            if (dueSoonLimit == null) {
                dueSoonLimit = calendar.addWorkingDays(today, Dashboard.DUE_SOON_WORKING_DAYS);
            }
            return dueSoonLimit;
        }
    }
}
