package th.tidtam.dashboard.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.dashboard.service.DashboardFigures.Bucket;
import th.tidtam.dashboard.service.DashboardFigures.Counts;
import th.tidtam.dashboard.service.DashboardFigures.Month;
import th.tidtam.dashboard.service.DashboardFigures.OverduePart;
import th.tidtam.dashboard.service.DashboardFigures.Rate;
import th.tidtam.directive.service.DirectiveStatistics;
import th.tidtam.directive.service.DirectiveStatistics.FinishedParts;
import th.tidtam.directive.service.DirectiveStatistics.OpenParts;
import th.tidtam.directive.service.DirectiveStatistics.OverdueCandidate;
import th.tidtam.directive.service.DirectiveStatistics.PartFilter;
import th.tidtam.directive.service.DirectiveStatistics.PartSelection;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;

/**
 * The dashboard's figures for one checked scope. The directive module counts in SQL, grouped by the inputs of the
 * fair lateness ({@link FairTiming}), so lateness is computed once per distinct (due date, end day, waits) rather than
 * once per part; this class turns the groups into open, overdue, due-soon and aging counts, on-time rates per agency
 * and per sphere (a sphere's rate is the sum of its agencies'), the monthly trend and the overdue list.
 */
@Component
class FigureCalculator {

    static final int OVERDUE_LIST_LIMIT = 200;

    private final DirectiveStatistics statistics;
    private final FairTiming timing;
    private final WorkingCalendar calendar;
    private final OrgDirectory org;
    private final PartSummary summary;

    FigureCalculator(DirectiveStatistics statistics, FairTiming timing, WorkingCalendar calendar, OrgDirectory org,
            PartSummary summary) {
        this.statistics = statistics;
        this.summary = summary;
        this.timing = timing;
        this.calendar = calendar;
        this.org = org;
    }

    DashboardFigures figures(DashboardScope s) {
        LocalDate today = calendar.today();
        LocalDate dueSoonLimit = calendar.addWorkingDays(today, Dashboard.DUE_SOON_WORKING_DAYS);
        PartFilter f = s.filter();

        // open parts, counted per distinct timing inputs
        long[] buckets = new long[FairTiming.AGING_FROM.length];
        long open = 0, overdue = 0, dueSoon = 0, waiting = 0;
        for (OpenParts g : openParts(s, f)) {
            int late = timing.lateOpen(g.dueDate(), g.endedWaitingDays(), g.waitingSince(), today);
            open += g.parts();
            if (g.waitingSince() != null) {
                waiting += g.parts();
            }
            if (late > 0) {
                overdue += g.parts();
                buckets[FairTiming.bucketOf(late)] += g.parts();
            } else if (!g.dueDate().isAfter(dueSoonLimit)) {
                dueSoon += g.parts();
            }
        }
        long openDirectives = statistics.countDirectives(f, PartSelection.ofOpenDirectives());
        YearMonth thisMonth = YearMonth.from(today);
        LocalDate monthStart = thisMonth.atDay(1);
        LocalDate monthEnd = thisMonth.plusMonths(1).atDay(1);
        long finishedThisMonth = s.summarised()
                ? summary.finished(s.selection(), monthStart, monthEnd.minusDays(1)).stream().mapToLong(PartSummary.Finished::parts).sum()
                : statistics.countParts(f, PartSelection.finishedBetween(monthStart, monthEnd));
        long closedThisMonth = statistics.countDirectives(f, PartSelection.ofDirectivesClosedBetween(monthStart, monthEnd));

        // parts finished in the period, per agency; spheres are sums of their agencies
        Map<Long, long[]> perUnit = new TreeMap<>();
        for (FinishedParts g : finishedParts(s, f)) {
            FairTiming.Timing t = timing.finished(g.dueDate(), g.finishedOn(), g.endedWaitingDays(), g.waitingSince());
            long[] r = perUnit.computeIfAbsent(g.unitId(), k -> new long[5]);
            r[0] += g.parts();
            r[t.late() == 0 ? 1 : 2] += g.parts();
            if (t.waitingDays() > 0) {
                r[3] += g.parts();
                r[4] += g.parts() * t.waitingDays();
            }
        }
        List<Rate> byAgency = perUnit.entrySet().stream().map(e -> rate(e.getKey(), s.names(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing((Rate r) -> r.percentOnTime() == null ? 101 : r.percentOnTime())
                        .thenComparing(Rate::nameTh, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        Map<Long, long[]> perSphere = new LinkedHashMap<>();
        long[] all = new long[5];
        perUnit.forEach((unit, r) -> {
            add(perSphere.computeIfAbsent(s.tree().sphereOf(unit), k -> new long[5]), r);
            add(all, r);
        });
        Map<Long, PositionSummary> sphereTitles = org.summaries(perSphere.keySet().stream().filter(Objects::nonNull).toList())
                .stream().collect(Collectors.toMap(PositionSummary::id, Function.identity()));
        List<Rate> bySphere = perSphere.entrySet().stream().map(e -> {
            PositionSummary t = e.getKey() == null ? null : sphereTitles.get(e.getKey());
            return rate(e.getKey(), t == null ? null : new String[] { t.titleTh(), t.titleEn() }, e.getValue());
        }).sorted(Comparator.comparing(Rate::nameTh, Comparator.nullsLast(Comparator.naturalOrder()))).toList();

        List<Bucket> aging = new ArrayList<>();
        int[] from = FairTiming.AGING_FROM;
        for (int i = 0; i < from.length; i++) {
            aging.add(new Bucket(i, from[i], i + 1 < from.length ? from[i + 1] - 1 : null, buckets[i]));
        }

        List<OverduePart> overdueParts = overdueParts(s, f, today);
        return new DashboardFigures(s.from(), s.to(), s.fiscalYear(), today,
                new Counts(open, openDirectives, overdue, dueSoon, waiting, finishedThisMonth, closedThisMonth),
                rate(null, null, all), bySphere, byAgency, aging, trend(s, f),
                overdueParts.stream().limit(OVERDUE_LIST_LIMIT).toList(), overdue);
    }

    /** Open parts per timing inputs: from the per-day summary where the scope allows, else grouped from the parts. */
    private List<OpenParts> openParts(DashboardScope s, PartFilter f) {
        if (!s.summarised()) {
            return statistics.openPartsByTiming(f);
        }
        // the summary keeps units apart; the figures do not
        Map<List<Object>, long[]> merged = new LinkedHashMap<>();
        for (PartSummary.Open o : summary.open(s.selection())) {
            merged.computeIfAbsent(java.util.Arrays.asList(o.dueDate(), o.endedWaitingDays(), o.waitingSince()),
                    k -> new long[1])[0] += o.parts();
        }
        return merged.entrySet().stream().map(e -> new OpenParts((LocalDate) e.getKey().get(0), (Integer) e.getKey().get(1),
                (LocalDate) e.getKey().get(2), e.getValue()[0])).toList();
    }

    /** Parts finished in the period, per unit and timing inputs: from the summary where the scope allows. */
    private List<FinishedParts> finishedParts(DashboardScope s, PartFilter f) {
        if (!s.summarised()) {
            return statistics.finishedPartsByUnitAndTiming(f);
        }
        return summary.finished(s.selection(), s.from(), s.to()).stream().map(g -> new FinishedParts(g.unitId(),
                g.dueDate(), g.finishedOn(), g.endedWaitingDays(), g.waitingSince(), g.parts())).toList();
    }

    /** Overdue parts, latest first: the candidates past their due date, less those whose waits make them not late. */
    private List<OverduePart> overdueParts(DashboardScope s, PartFilter f, LocalDate today) {
        record Late(OverdueCandidate c, int days) {
        }
        List<Late> overdue = statistics.overdueCandidates(f, today, OVERDUE_LIST_LIMIT).stream()
                .map(c -> new Late(c, timing.lateOpen(c.dueDate(), c.endedWaitingDays(), c.waitingSince(), today)))
                .filter(l -> l.days() > 0)
                .sorted(Comparator.comparing((Late l) -> -l.days()).thenComparing(l -> l.c().partId())).toList();
        Set<Long> positionIds = new LinkedHashSet<>();
        overdue.stream().limit(OVERDUE_LIST_LIMIT).forEach(l -> {
            positionIds.add(nowHeldBy(l.c()));
            if (l.c().escalatedToPositionId() != null) {
                positionIds.add(l.c().escalatedToPositionId());
            }
        });
        Map<Long, PositionSummary> titles = org.summaries(positionIds).stream()
                .collect(Collectors.toMap(PositionSummary::id, Function.identity()));
        return overdue.stream().map(l -> {
            OverdueCandidate c = l.c();
            PositionSummary now = titles.get(nowHeldBy(c));
            PositionSummary up = c.escalatedToPositionId() == null ? null : titles.get(c.escalatedToPositionId());
            String[] unit = Objects.requireNonNullElse(s.names(c.unitId()), new String[] { "", "" });
            return new OverduePart(c.partId(), c.directiveId(), c.number(), c.subject(), c.unitId(), unit[0], unit[1],
                    now == null ? null : now.titleTh(), now == null ? null : now.titleEn(), c.workerPositionId() != null,
                    c.dueDate(), c.originalDueDate(), l.days(), timing.waitingDays(c.endedWaitingDays(), c.waitingSince(), today),
                    c.escalationLevel(), up == null ? null : up.titleTh(), up == null ? null : up.titleEn());
        }).toList();
    }

    /** Directives issued and closed per month of the period, every month present. */
    private List<Month> trend(DashboardScope s, PartFilter f) {
        Map<YearMonth, Long> issued = statistics.issuedPerMonth(f);
        Map<YearMonth, Long> closed = statistics.closedPerMonth(f);
        List<Month> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(s.from()); !m.isAfter(YearMonth.from(s.to())); m = m.plusMonths(1)) {
            months.add(new Month(m, issued.getOrDefault(m, 0L), closed.getOrDefault(m, 0L)));
        }
        return months;
    }

    /** The position working the part now: the worker when delegated, else the holder. */
    private static long nowHeldBy(OverdueCandidate c) {
        return c.workerPositionId() == null ? c.holderPositionId() : c.workerPositionId();
    }

    private static Rate rate(Long id, String[] names, long[] r) {
        return new Rate(id, names == null ? null : names[0], names == null ? null : names[1], r[0], r[1], r[2], r[3], r[4]);
    }

    private static void add(long[] into, long[] r) {
        for (int i = 0; i < into.length; i++) {
            into[i] += r[i];
        }
    }
}
