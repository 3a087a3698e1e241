package th.tidtam.benchmark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import th.tidtam.base.time.ThaiDates;
import th.tidtam.dashboard.service.Dashboard;
import th.tidtam.dashboard.service.DashboardFigures;
import th.tidtam.dashboard.service.DashboardRequest;

/**
 * P3: the head of office's dashboard figures (the default view: current fiscal year) against recomputing the same
 * kinds of figures — open, overdue, due soon, on-time rate per agency, aging, monthly trend — from the engine's history
 * tables, on ten years of one province and then on a year of the whole country. The parts live in the application's
 * tables and, as the engine would have recorded them, as task history with their unit as a task variable.
 */
final class DashboardMeasure {

    private final ConfigurableApplicationContext app;
    private final boolean full;
    private final List<String> lines;
    private final JdbcTemplate jdbc;

    DashboardMeasure(ConfigurableApplicationContext app, boolean full, List<String> lines) {
        this.app = app;
        this.full = full;
        this.lines = lines;
        this.jdbc = app.getBean(JdbcTemplate.class);
    }

    void run() {
        Dashboard dashboard = app.getBean(Dashboard.class);
        // the Ministry's desk (moi.inspector) for the roll-up, with Prachin Buri as one more small province
        app.getBean(th.tidtam.demo.SecondProvinceDemoData.class).ensureLoaded(LocalDate.now());
        // province-10y: 25,000 directives, 150,000 parts over ten years; national-1y: 77 provinces' year
        generate("D1", 25_000, 6, 3650, 100, 0, null);
        measure("province-10y", dashboard);
        // the demo province is the first of the 77; the other 76 are provinces of their own (province rows, units)
        long t0 = System.nanoTime();
        BulkData.Provinces others = new BulkData(jdbc, BenchmarkMain.SEED).provinces(76, "P3N", 100);
        BenchmarkMain.print(lines, String.format(Locale.ROOT, "# P3 76 more provinces of 100 units each in %.1f s",
                (System.nanoTime() - t0) / 1e9));
        int nationalDirectives = full ? 77 * 2_500 : 77 * 500;
        generate("D2", nationalDirectives, 6, 365, 7_700, 100_000, others);
        measure(full ? "national-1y" : "national-1y/5", dashboard);
        rollUp(full ? "national-1y" : "national-1y/5");
    }

    /** P3 roll-up: the Ministry's national comparison (every province, by agency type, trend), cleared for all classes. */
    private void rollUp(String scale) {
        th.tidtam.rollup.service.NationalRollUp rollUp = app.getBean(th.tidtam.rollup.service.NationalRollUp.class);
        String inspector = th.tidtam.demo.SecondProvinceDemoData.MINISTRY_CLEARED;
        Stats ours = Stats.measure(3, full ? 30 : 10, () -> as(inspector, () -> rollUp.rollUp(null)));
        th.tidtam.rollup.service.RollUp r = as(inspector, () -> rollUp.rollUp(null));
        long summaryRows = jdbc.queryForObject("select count(*) from part_day", Long.class);
        BenchmarkMain.print(lines, String.format(Locale.ROOT, "P3 roll-up %s (%d provinces: %,d open parts, %,d overdue, "
                + "%,d finished this fiscal year; %,d summary rows) %s", scale, r.provinces().size(), r.total().open(),
                r.total().overdue(), r.total().finished(), summaryRows, ours.millis()));
    }

    private void measure(String scale, Dashboard dashboard) {
        long parts = jdbc.queryForObject("select count(*) from directive_part", Long.class);
        long directives = jdbc.queryForObject("select count(*) from directive", Long.class);
        Stats ours = Stats.measure(3, full ? 30 : 10, () -> as("head", () -> dashboard.figures(DashboardRequest.none())));
        Stats base = Stats.measure(1, full ? 10 : 5, this::fromHistory);
        DashboardFigures f = as("head", () -> dashboard.figures(DashboardRequest.none()));
        // since issue 18 the national data has 77 provinces: the head of office sees their own province within it
        BenchmarkMain.print(lines, String.format(Locale.ROOT, "P3 dashboard %s (%,d directives, %,d parts; head of office, "
                + "own province, current fiscal year: %,d open parts, %,d overdue) ours %s baseline(recomputed from "
                + "Camunda's history tables, whole database) %s ratio=%.1f", scale, directives, parts,
                f.counts().openParts(), f.counts().overdueParts(), ours.millis(), base.millis(), base.p95() / ours.p95()));
        // a vice governor: their sphere only, and only the directives their chain of command may open (the visibility
        // sub-select in every count)
        Stats vice = Stats.measure(3, full ? 30 : 10, () -> as("vicegovernor1", () -> dashboard.figures(DashboardRequest.none())));
        DashboardFigures v = as("vicegovernor1", () -> dashboard.figures(DashboardRequest.none()));
        BenchmarkMain.print(lines, String.format(Locale.ROOT, "P3 dashboard %s vice governor (1), own sphere, current fiscal "
                + "year: %,d open parts, %,d overdue: %s", scale, v.counts().openParts(), v.counts().overdueParts(),
                vice.millis()));
        th.tidtam.directive.service.DirectiveQueries queries = app.getBean(th.tidtam.directive.service.DirectiveQueries.class);
        Stats list = Stats.measure(3, full ? 30 : 10, () -> as("vicegovernor1", () -> queries.visible(0, 50)));
        long visible = as("vicegovernor1", () -> queries.visible(0, 50)).total();
        BenchmarkMain.print(lines, String.format(Locale.ROOT, "P3 directive list %s vice governor (1), first page of 50 "
                + "of %,d visible: %s", scale, visible, list.millis()));
    }

    /** The same figures from ACT_HI_TASKINST (one reportOnPart task per part) and the unit as a task variable. */
    private Object fromHistory() {
        LocalDate today = LocalDate.now();
        LocalDate fyStart = Dashboard.fiscalYearStart(Dashboard.fiscalYearOf(today));
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        jdbc.queryForMap("""
                select sum(t.END_TIME_ is null) open_parts, sum(t.END_TIME_ is null and t.DUE_DATE_ < ?) overdue,
                       sum(t.END_TIME_ is null and t.DUE_DATE_ between ? and ?) due_soon
                  from ACT_HI_TASKINST t where t.TASK_DEF_KEY_ = 'reportOnPart'
                """, now, now, Timestamp.valueOf(LocalDateTime.now().plusDays(9)));
        jdbc.queryForList("""
                select v.LONG_ unit, count(*) finished, sum(t.END_TIME_ <= t.DUE_DATE_) on_time
                  from ACT_HI_TASKINST t join ACT_HI_VARINST v on v.TASK_ID_ = t.ID_ and v.NAME_ = 'unitId'
                 where t.TASK_DEF_KEY_ = 'reportOnPart' and t.END_TIME_ >= ? group by v.LONG_
                """, Timestamp.valueOf(fyStart.atStartOfDay()));
        jdbc.queryForList("""
                select case when datediff(?, t.DUE_DATE_) <= 7 then 1 when datediff(?, t.DUE_DATE_) <= 14 then 2
                            when datediff(?, t.DUE_DATE_) <= 28 then 3 else 4 end bucket, count(*)
                  from ACT_HI_TASKINST t
                 where t.TASK_DEF_KEY_ = 'reportOnPart' and t.END_TIME_ is null and t.DUE_DATE_ < ? group by bucket
                """, now, now, now, now);
        return jdbc.queryForList("""
                select date_format(p.START_TIME_, '%Y-%m') month, count(*) issued, sum(p.END_TIME_ is not null) closed
                  from ACT_HI_PROCINST p where p.PROC_DEF_KEY_ = 'directive-followup' and p.START_TIME_ >= ? group by month
                """, Timestamp.valueOf(fyStart.atStartOfDay()));
    }

    /**
     * {@code directives} directives issued over the last {@code days} days, each with {@code parts} units' parts
     * spread over {@code units} units, written to the application's tables and to the engine's history alike.
     */
    private void generate(String prefix, int directives, int parts, int days, int units, int numberOffset,
            BulkData.Provinces others) {
        long t0 = System.nanoTime();
        Random random = new Random(BenchmarkMain.SEED + prefix.hashCode());
        long demoProvince = jdbc.queryForObject("select id from province where code = 'TH-24'", Long.class);
        // the demo province's agencies and districts; with other provinces, each directive stays within one province
        List<Long> unitIds = jdbc.queryForList("select id from org_unit where kind in ('AGENCY', 'DISTRICT')"
                + " and province_id = ? order by id limit ?", Long.class, demoProvince, others == null ? units : units / 77);
        List<List<Long>> unitsByProvince = new java.util.ArrayList<>();
        List<Long> provinceIds = new java.util.ArrayList<>();
        unitsByProvince.add(unitIds);
        provinceIds.add(demoProvince);
        if (others != null) {
            unitsByProvince.addAll(others.units());
            provinceIds.addAll(others.ids());
        }
        List<Long> heads = jdbc.queryForList("select id from org_position where unit_head order by id limit ?", Long.class, units);
        long person = jdbc.queryForObject("select min(id) from person", Long.class);
        long governorPosition = jdbc.queryForObject("select id from org_position where code = 'GOVERNOR'", Long.class);
        long firstDirective = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from directive", Long.class);
        LocalDate today = LocalDate.now();
        try (MultiInsert hiVars = new MultiInsert(jdbc, "ACT_HI_VARINST", "ID_", "PROC_DEF_KEY_", "PROC_INST_ID_", "TASK_ID_",
                "NAME_", "VAR_TYPE_", "LONG_", "CREATE_TIME_", "REV_", "STATE_");
                MultiInsert hiTasks = new MultiInsert(jdbc, "ACT_HI_TASKINST", "ID_", "TASK_DEF_KEY_", "PROC_DEF_KEY_",
                        "PROC_INST_ID_", "NAME_", "START_TIME_", "END_TIME_", "DUE_DATE_", "PRIORITY_");
                MultiInsert hiProcs = new MultiInsert(jdbc, "ACT_HI_PROCINST", "ID_", "PROC_INST_ID_", "BUSINESS_KEY_",
                        "PROC_DEF_KEY_", "PROC_DEF_ID_", "START_TIME_", "END_TIME_", "STATE_");
                MultiInsert partRows = new MultiInsert(jdbc, "directive_part", "directive_id", "unit_id", "lead", "round",
                        "holder_position_id", "status", "due_date", "original_due_date", "acknowledged_at", "finished_at");
                MultiInsert directiveRows = new MultiInsert(jdbc, "directive", "id", "be_year", "running_number", "number",
                        "subject", "body", "source_kind", "urgency", "secrecy", "due_date", "cadence", "status", "issued_at",
                        "issued_by_person_id", "issued_by_position_id", "issued_capacity", "lead_unit_id", "round", "closed_at",
                        "province_id")) {
            partRows.after(directiveRows);
            for (int i = 0; i < directives; i++) {
                long id = firstDirective + i;
                int province = i % provinceIds.size();
                List<Long> provinceUnits = unitsByProvince.get(province);
                LocalDate issued = today.minusDays(random.nextInt(days));
                LocalDate due = issued.plusDays(10 + random.nextInt(50));
                boolean closed = due.isBefore(today.minusDays(20)) ? random.nextInt(10) < 9 : random.nextInt(10) < 2;
                LocalDateTime issuedAt = issued.atTime(9, random.nextInt(60));
                LocalDateTime closedAt = closed ? due.plusDays(random.nextInt(20) - 10).atTime(15, 0) : null;
                if (closedAt != null && closedAt.isBefore(issuedAt)) {
                    closedAt = issuedAt.plusDays(1);
                }
                int be = ThaiDates.beYear(issued);
                int running = numberOffset + 200_000 + i;
                directiveRows.row(id, be, running, running + "/" + be, "ข้อสั่งการจำลอง " + i, "ทดสอบสมรรถนะ", "MEETING",
                        i % 7 == 0 ? "URGENT" : "NORMAL", "NONE", Date.valueOf(due), "NONE", closed ? "CLOSED" : "IN_PROGRESS",
                        Timestamp.valueOf(issuedAt), person, governorPosition, "HOLDER", provinceUnits.get(i % provinceUnits.size()), 1,
                        closedAt == null ? null : Timestamp.valueOf(closedAt), provinceIds.get(province));
                String pi = prefix + "-PI-" + i;
                hiProcs.row(pi, pi, String.valueOf(id), "directive-followup", "bench:1", Timestamp.valueOf(issuedAt),
                        closedAt == null ? null : Timestamp.valueOf(closedAt), closedAt == null ? "ACTIVE" : "COMPLETED");
                for (int p = 0; p < parts; p++) {
                    int u = (i * parts + p) % provinceUnits.size();
                    boolean done = closed || random.nextInt(10) < 3;
                    LocalDateTime finished = done ? (closedAt != null ? closedAt.minusDays(random.nextInt(3))
                            : issuedAt.plusDays(random.nextInt(40) + 1)) : null;
                    if (finished != null && finished.isAfter(LocalDateTime.now())) {
                        finished = LocalDateTime.now().minusHours(1);
                    }
                    partRows.row(id, provinceUnits.get(u), p == 0, 1, heads.get(u % heads.size()), done ? "DONE" : "ACKNOWLEDGED",
                            Date.valueOf(due), Date.valueOf(due), Timestamp.valueOf(issuedAt.plusHours(20)),
                            finished == null ? null : Timestamp.valueOf(finished));
                    String task = pi + "-T" + p;
                    hiTasks.row(task, "reportOnPart", "directive-followup", pi, "ดำเนินการและรายงานผล",
                            Timestamp.valueOf(issuedAt.plusHours(20)), finished == null ? null : Timestamp.valueOf(finished),
                            Timestamp.valueOf(due.atTime(16, 30)), 50);
                    hiVars.row(task + "-V", "directive-followup", pi, task, "unitId", "long", provinceUnits.get(u),
                            Timestamp.valueOf(issuedAt), 0, "CREATED");
                }
            }
        }
        app.getBean(th.tidtam.dashboard.service.PartSummary.class).rebuild();
        BenchmarkMain.print(lines, String.format(Locale.ROOT, "# P3 data %s: %,d directives with %,d parts each over %,d days "
                + "and %,d units, generated in %.1f s", prefix, directives, parts, days,
                unitsByProvince.stream().mapToInt(List::size).sum(),
                (System.nanoTime() - t0) / 1e9));
    }

    private <T> T as(String username, Supplier<T> action) {
        return AsUser.as(app.getBean(UserDetailsService.class), username, action);
    }
}
