package th.tidtam.rollup.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.dashboard.service.Dashboard;
import th.tidtam.dashboard.service.PartSummary;
import th.tidtam.dashboard.service.SummaryFigures;
import th.tidtam.dashboard.service.SummaryFigures.UnitFigures;
import th.tidtam.database.ReplicaRead;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.UnitKind;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.ProvinceSummary;
import th.tidtam.org.service.Provinces;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.rollup.service.RollUp.Month;
import th.tidtam.rollup.service.RollUp.Row;
import th.tidtam.security.CurrentUser;
import th.tidtam.security.Roles;

/**
 * The Ministry's desk: every province's figures side by side, from the dashboard's per-day summary of parts, so a
 * province's row holds exactly its head of office's dashboard figures (open, overdue, due soon, waiting, finished on
 * time or late in the fiscal year). Only the {@link Roles#MINISTRY} role may ask; anyone else finds nothing (404).
 * Classified directives count only up to the reader's clearance (the highest of their positions'). Read from the
 * replica when one is configured ({@link ReplicaRead}).
 */
@Service
@Transactional(readOnly = true)
@ReplicaRead
public class NationalRollUp {

    static final int TREND_MONTHS = 12;

    private final SummaryFigures figures;
    private final Provinces provinces;
    private final OrgDirectory org;
    private final CurrentUser currentUser;
    private final WorkingCalendar calendar;

    NationalRollUp(SummaryFigures figures, Provinces provinces, OrgDirectory org, CurrentUser currentUser,
            WorkingCalendar calendar) {
        this.figures = figures;
        this.provinces = provinces;
        this.org = org;
        this.currentUser = currentUser;
        this.calendar = calendar;
    }

    public boolean mayUse() {
        return currentUser.get().map(u -> u.hasRole(Roles.MINISTRY)).orElse(false);
    }

    /** Every province side by side for a fiscal year (BE; null: the current one). */
    /** The earliest fiscal year (BE) the roll-up answers for. */
    public static final int FIRST_FISCAL_YEAR = 2540;

    /** The refusal of a fiscal year that is not a number, or lies outside {@value #FIRST_FISCAL_YEAR}..next year. */
    public RuleViolation notAFiscalYear(String text) {
        return new RuleViolation("dashboard.error.fiscal-year", text, String.valueOf(FIRST_FISCAL_YEAR),
                String.valueOf(Dashboard.fiscalYearOf(calendar.today()) + 1));
    }

    public RollUp rollUp(Integer fiscalYear) {
        Context c = context(fiscalYear);
        List<ProvinceSummary> all = provinces.all();
        SummaryFigures.Figures f = figures.figures(all.stream().map(ProvinceSummary::id).toList(), c.classes, c.from,
                c.to, c.trendFrom);
        Map<Long, UnitSummary> units = org.allUnits().stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
        Map<Long, long[]> perProvince = new LinkedHashMap<>();
        Map<UnitKind, long[]> perKind = new EnumMap<>(UnitKind.class);
        long[] total = empty();
        for (UnitFigures u : f.units()) {
            add(perProvince.computeIfAbsent(u.provinceId(), k -> empty()), u);
            UnitSummary unit = units.get(u.unitId());
            add(perKind.computeIfAbsent(unit == null ? UnitKind.SUB_UNIT : unit.kind(), k -> empty()), u);
            add(total, u);
        }
        List<Row> rows = all.stream().map(p -> row(p.id(), p.code(), p.nameTh(), p.nameEn(),
                perProvince.getOrDefault(p.id(), empty()))).sorted(Comparator.comparing(Row::nameTh)).toList();
        List<Row> kinds = perKind.entrySet().stream()
                .map(e -> row(null, e.getKey().name(), null, null, e.getValue())).toList();
        return new RollUp(c.fiscalYear, c.from, c.to, c.today, c.clearance, rows, kinds, trend(f, c),
                row(null, "TOTAL", null, null, total));
    }

    /** Parts finished per month of the trend, summed over the provinces read, every month present. */
    private static List<Month> trend(SummaryFigures.Figures f, Context c) {
        Map<java.time.YearMonth, long[]> months = new TreeMap<>();
        for (java.time.YearMonth m = java.time.YearMonth.from(c.trendFrom); !m.isAfter(java.time.YearMonth.from(c.today));
                m = m.plusMonths(1)) {
            months.put(m, new long[2]);
        }
        f.months().forEach(m -> {
            long[] r = months.get(m.month());
            if (r != null) {
                r[0] += m.finished();
                r[1] += m.onTime();
            }
        });
        List<Month> trend = new ArrayList<>();
        months.forEach((m, r) -> trend.add(new Month(m, r[0], r[1])));
        return trend;
    }

    /** One province read-only, agency by agency; an unknown province is not found. */
    public RollUp.Province province(long provinceId, Integer fiscalYear) {
        Context c = context(fiscalYear);
        ProvinceSummary p = provinces.byId(provinceId).orElseThrow(ApiProblems.NotFound::new);
        SummaryFigures.Figures f = figures.figures(List.of(provinceId), c.classes, c.from, c.to, c.trendFrom);
        Map<Long, UnitSummary> units = org.allUnits(provinceId).stream()
                .collect(Collectors.toMap(UnitSummary::id, Function.identity()));
        long[] total = empty();
        List<Row> agencies = new ArrayList<>();
        for (UnitFigures u : f.units()) {
            long[] r = empty();
            add(r, u);
            add(total, u);
            UnitSummary unit = units.get(u.unitId());
            agencies.add(row(u.unitId(), String.valueOf(u.unitId()), unit == null ? "" : unit.nameTh(), unit == null ? null : unit.nameEn(), r));
        }
        agencies.sort(Comparator.comparing((Row r) -> -r.overdue()).thenComparing(Row::nameTh));
        return new RollUp.Province(p.id(), p.code(), row(p.id(), p.code(), p.nameTh(), p.nameEn(), total), agencies,
                trend(f, c), c.fiscalYear, c.from, c.to, c.today, c.clearance);
    }

    private record Context(int fiscalYear, LocalDate from, LocalDate to, LocalDate today, LocalDate trendFrom,
            SecrecyClass clearance, Set<SecrecyClass> classes) {
    }

    private Context context(Integer fiscalYear) {
        if (!mayUse()) {
            throw new ApiProblems.NotFound();
        }
        LocalDate today = calendar.today();
        int current = Dashboard.fiscalYearOf(today);
        int year = fiscalYear == null ? current : fiscalYear;
        if (year < FIRST_FISCAL_YEAR || year > current + 1) {
            throw notAFiscalYear(String.valueOf(year));
        }
        SecrecyClass clearance = currentUser.get().map(u -> org.positionsFilled(u.personId())).orElse(List.of()).stream()
                .map(CurrentPosition::clearance).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(SecrecyClass.NONE);
        LocalDate trendFrom = java.time.YearMonth.from(today).minusMonths(TREND_MONTHS - 1).atDay(1);
        return new Context(year, Dashboard.fiscalYearStart(year), Dashboard.fiscalYearEnd(year), today, trendFrom,
                clearance, PartSummary.countable(clearance));
    }

    // open, overdue, dueSoon, waiting, finished, onTime, late, then the aging buckets
    private static long[] empty() {
        return new long[7 + SummaryFigures.agingFrom().length];
    }

    private static void add(long[] r, UnitFigures u) {
        r[0] += u.open();
        r[1] += u.overdue();
        r[2] += u.dueSoon();
        r[3] += u.waiting();
        r[4] += u.finished();
        r[5] += u.onTime();
        r[6] += u.late();
        for (int i = 0; i < u.aging().length; i++) {
            r[7 + i] += u.aging()[i];
        }
    }

    private static Row row(Long id, String key, String nameTh, String nameEn, long[] r) {
        return new Row(id, key, nameTh, nameEn, r[0], r[1], r[2], r[3], r[4], r[5], r[6],
                java.util.Arrays.copyOfRange(r, 7, r.length));
    }
}
