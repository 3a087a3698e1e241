package th.tidtam.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.dashboard.service.Dashboard;
import th.tidtam.dashboard.service.DashboardFigures;
import th.tidtam.dashboard.service.DashboardFigures.Rate;
import th.tidtam.dashboard.service.DashboardRequest;
import th.tidtam.dashboard.service.Figure;
import th.tidtam.directive.domain.DirectivePart;
import th.tidtam.directive.domain.PartStatus;
import th.tidtam.directive.SourceKind;
import th.tidtam.casework.Urgency;
import th.tidtam.directive.service.PartTiming;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;

/**
 * A generated province-sized year of directives (agencies in two spheres and none, sub-units, every urgency and
 * source, parts finished early and late, extended, waiting on others, escalated, classified, superseded) written
 * straight into the tables; every dashboard figure must equal a recomputation from the raw rows in plain Java, with
 * lateness taken from {@link PartTiming} on each part. Also logs the dashboard's response time on this data.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardMatchesTheRecordsTest {

    private static final Logger log = LoggerFactory.getLogger(DashboardMatchesTheRecordsTest.class);
    static final int DIRECTIVES = 3000;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    PartTiming timing;
    @Autowired
    OrgDirectory org;
    @Autowired
    OrgAdministration admin;
    @Autowired
    Dashboard dashboard;
    @Autowired
    UserDetailsService users;

    DashboardRecords records;
    PositionSummary sphereX, sphereY;
    final List<UnitSummary> agencies = new ArrayList<>();
    final Map<Long, Long> holders = new HashMap<>();
    UnitSummary parentWithSub;
    LocalDate today;
    int partsWritten;

    @BeforeAll
    void generate() {
        today = calendar.today();
        OrgFixtures f = new OrgFixtures(admin);
        UnitSummary office = f.unit("GEN-SPHERES");
        sphereX = f.position("GEN-VG-X", office.id(), null);
        sphereY = f.position("GEN-VG-Y", office.id(), null);
        for (int i = 0; i < 20; i++) {
            UnitSummary u = f.unit("GEN-AG-" + i);
            agencies.add(u);
            if (i < 16) {
                jdbc.update("insert into unit_supervision (supervisor_position_id, unit_id) values (?, ?)",
                        (i < 8 ? sphereX : sphereY).id(), u.id());
            }
            if (i % 5 == 0) {
                UnitSummary sub = f.unit("GEN-SUB-" + i, u.id());
                agencies.add(sub);
                parentWithSub = u;
            }
        }
        // units of the demo province (Chachoengsao): once a second province is loaded, a unit of none is on no dashboard
        List<Long> generated = new ArrayList<>(agencies.stream().map(UnitSummary::id).toList());
        generated.add(office.id());
        generated.forEach(id -> jdbc.update(
                "update org_unit set province_id = (select id from province where code = 'TH-24') where id = ?", id));
        for (UnitSummary u : agencies) {
            holders.put(u.id(), f.position("GEN-HEAD-" + u.code(), u.id(), null).id());
        }
        records = new DashboardRecords(jdbc, calendar, org.person("governor").orElseThrow().id(),
                org.positionByCode("GOVERNOR").orElseThrow().id());

        Random random = new Random(20251001);
        Urgency[] urgencies = Urgency.values();
        SourceKind[] sources = SourceKind.values();
        for (int n = 0; n < DIRECTIVES; n++) {
            LocalDate issuedOn = today.minusDays(random.nextInt(420));
            LocalDateTime issuedAt = issuedOn.atTime(8 + random.nextInt(9), random.nextInt(60));
            SourceKind source = sources[random.nextInt(sources.length)];
            String meeting = source == SourceKind.MEETING ? (1 + random.nextInt(12)) + "/2569" : null;
            String reference = source == SourceKind.COMMITTEE ? "คณะกรรมการ " + (random.nextBoolean() ? "ศปถ." : "โรคติดต่อ") : null;
            String secrecy = random.nextInt(10) == 0 ? (random.nextBoolean() ? "SECRET" : "CONFIDENTIAL") : "NONE";
            LocalDate due = calendar.nextWorkingDay(issuedOn.plusDays(5 + random.nextInt(60)));
            int partCount = 1 + random.nextInt(6);
            Set<UnitSummary> chosen = new HashSet<>();
            while (chosen.size() < partCount) {
                chosen.add(agencies.get(random.nextInt(agencies.size())));
            }
            List<Object[]> parts = new ArrayList<>();
            boolean allDone = true;
            LocalDate lastFinish = issuedOn;
            for (UnitSummary u : chosen) {
                LocalDate partDue = random.nextInt(7) == 0 ? calendar.nextWorkingDay(due.plusDays(random.nextInt(30))) : due;
                LocalDate original = random.nextInt(6) == 0 ? partDue.minusDays(5 + random.nextInt(20)) : partDue;
                LocalDate finished = null;
                if (random.nextInt(100) < (partDue.isBefore(today) ? 75 : 25)) {
                    finished = partDue.plusDays(random.nextInt(30) - 12);
                    if (finished.isAfter(today)) finished = today;
                    if (finished.isBefore(issuedOn)) finished = issuedOn;
                    lastFinish = finished.isAfter(lastFinish) ? finished : lastFinish;
                } else {
                    allDone = false;
                }
                int ended = random.nextInt(5) == 0 ? 1 + random.nextInt(8) : 0;
                LocalDate since = random.nextInt(10) == 0 ? partDue.minusDays(random.nextInt(12)) : null;
                if (since != null && (since.isAfter(today) || (finished != null && since.isAfter(finished)))) since = null;
                int level = finished == null && partDue.isBefore(today) ? random.nextInt(4) : 0;
                Long escalatedTo = level > 0 ? sphereX.id() : null;
                parts.add(new Object[] { u.id(), original, partDue, finished, ended, since, level, escalatedTo });
            }
            String status;
            LocalDateTime closedAt = null;
            int roll = random.nextInt(100);
            if (roll < 3) {
                status = "SUPERSEDED";
            } else if (allDone && roll < 70) {
                status = "CLOSED";
                LocalDate closedOn = lastFinish.plusDays(random.nextInt(10));
                closedAt = (closedOn.isAfter(today) ? today : closedOn).atTime(15, 0);
            } else {
                status = allDone ? "CLOSURE_PROPOSED" : "IN_PROGRESS";
            }
            long id = records.directive(((Long) parts.get(0)[0]), status, urgencies[random.nextInt(urgencies.length)].name(),
                    secrecy, source.name(), meeting, reference, issuedAt, closedAt, due);
            for (Object[] p : parts) {
                records.part(id, (Long) p[0], holders.get((Long) p[0]), (LocalDate) p[1], (LocalDate) p[2], (LocalDate) p[3],
                        (Integer) p[4], (LocalDate) p[5], (Integer) p[6], (Long) p[7], null);
                partsWritten++;
            }
        }
        log.info("Generated dashboard data set: {} directives, {} parts over {} units", DIRECTIVES, partsWritten, agencies.size());
    }

    @AfterAll
    void removeData() {
        records.deleteAll();
        agencies.forEach(u -> jdbc.update("delete from unit_supervision where unit_id = ?", u.id()));
        SecurityContextHolder.clearContext();
    }

    private void actAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    // ---- the raw records and a plain recomputation ------------------------------------------------------------------

    record Raw(long directiveId, String dStatus, String urgency, String source, String meeting, String reference,
            LocalDateTime issuedAt, LocalDateTime closedAt, long unitId, String status, LocalDate due, LocalDateTime finishedAt,
            int ended, LocalDate since) {
    }

    /** The demo province's parts: the dashboards are the governor's and the head of office's of Chachoengsao. */
    private List<Raw> raw() {
        return jdbc.query("""
                select d.id, d.status, d.urgency, d.source_kind, d.meeting_number, d.source_reference, d.issued_at, d.closed_at,
                       p.unit_id, p.status, p.due_date, p.finished_at, p.waiting_working_days, p.waiting_since
                  from directive_part p join directive d on d.id = p.directive_id
                 where d.province_id = (select id from province where code = 'TH-24')
                """, (rs, i) -> new Raw(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getObject(7, LocalDateTime.class), rs.getObject(8, LocalDateTime.class), rs.getLong(9),
                rs.getString(10), rs.getObject(11, LocalDate.class), rs.getObject(12, LocalDateTime.class), rs.getInt(13),
                rs.getObject(14, LocalDate.class)));
    }

    private Map<Long, Long> sphereOfUnit() {
        Map<Long, Long> parent = new HashMap<>();
        jdbc.query("select id, parent_id from org_unit", rs -> {
            parent.put(rs.getLong(1), (Long) rs.getObject(2, Long.class));
        });
        Map<Long, Long> supervised = new HashMap<>();
        jdbc.query("select unit_id, supervisor_position_id from unit_supervision", rs -> {
            supervised.put(rs.getLong(1), rs.getLong(2));
        });
        Map<Long, Long> sphere = new HashMap<>();
        for (Long unit : parent.keySet()) {
            Long u = unit;
            while (u != null && !supervised.containsKey(u)) {
                u = parent.get(u);
            }
            sphere.put(unit, u == null ? null : supervised.get(u));
        }
        return sphere;
    }

    private static Instant bangkok(LocalDateTime t) {
        return t.atZone(WorkingCalendar.ZONE).toInstant();
    }

    /** The part as the application's entity, so that {@link PartTiming#finishedOnTime} judges it as it judges any part. */
    private static DirectivePart entity(Raw r) {
        DirectivePart p = new DirectivePart(r.directiveId(), r.unitId(), false, 1, 1L, r.due());
        p.setStatus(PartStatus.valueOf(r.status()));
        if (r.finishedAt() != null) {
            p.setFinishedAt(bangkok(r.finishedAt()));
        }
        p.stopWaiting(r.ended());
        if (r.since() != null) {
            p.startWaiting(null, r.since(), null);
        }
        return p;
    }

    private void assertMatches(DashboardRequest request, Predicate<Raw> inScope) {
        DashboardFigures f = dashboard.figures(request);
        LocalDateTime start = f.from().atStartOfDay();
        LocalDateTime end = f.to().plusDays(1).atStartOfDay();
        List<Raw> rows = raw().stream().filter(inScope).toList();
        Map<Long, Long> sphere = sphereOfUnit();
        Set<String> closedStates = Set.of("CLOSED", "SUPERSEDED");

        List<Raw> open = rows.stream().filter(r -> !r.status().equals("DONE") && !closedStates.contains(r.dStatus())
                && r.issuedAt().isBefore(end)).toList();
        LocalDate soonLimit = calendar.addWorkingDays(today, Dashboard.DUE_SOON_WORKING_DAYS);
        long overdue = 0, soon = 0, waiting = 0;
        long[] aging = new long[4];
        List<Integer> lateValues = new ArrayList<>();
        for (Raw r : open) {
            int late = timing.workingDaysLate(entity(r), today);
            if (r.since() != null) waiting++;
            if (late > 0) {
                overdue++;
                lateValues.add(late);
                aging[late <= 5 ? 0 : late <= 10 ? 1 : late <= 20 ? 2 : 3]++;
            } else if (!r.due().isAfter(soonLimit)) {
                soon++;
            }
        }
        YearMonth month = YearMonth.from(today);
        long openDirectives = rows.stream().filter(r -> !closedStates.contains(r.dStatus()) && r.issuedAt().isBefore(end))
                .map(Raw::directiveId).distinct().count();
        long finishedThisMonth = rows.stream().filter(r -> r.status().equals("DONE") && r.finishedAt() != null
                && YearMonth.from(r.finishedAt()).equals(month)).count();
        long closedThisMonth = rows.stream().filter(r -> r.dStatus().equals("CLOSED") && r.closedAt() != null
                && YearMonth.from(r.closedAt()).equals(month)).map(Raw::directiveId).distinct().count();

        assertThat(f.counts()).isEqualTo(new DashboardFigures.Counts(open.size(), openDirectives, overdue, soon, waiting,
                finishedThisMonth, closedThisMonth));
        assertThat(f.aging().stream().map(DashboardFigures.Bucket::parts).toList())
                .containsExactly(aging[0], aging[1], aging[2], aging[3]);
        assertThat(f.overdueTotal()).isEqualTo(overdue);
        lateValues.sort((a, b) -> b - a);
        assertThat(f.overdue().stream().map(DashboardFigures.OverduePart::workingDaysLate).toList())
                .isEqualTo(lateValues.subList(0, Math.min(200, lateValues.size())));

        // finished in the period: on time judged by PartTiming on the part itself
        Map<Long, long[]> perUnit = new TreeMap<>();
        for (Raw r : rows) {
            if (!r.status().equals("DONE") || r.finishedAt().isBefore(start) || !r.finishedAt().isBefore(end)) continue;
            DirectivePart p = entity(r);
            LocalDate finishedOn = timing.finishedOn(p.getFinishedAt());
            int waited = timing.waitingWorkingDays(r.ended(), r.since(), finishedOn);
            long[] a = perUnit.computeIfAbsent(r.unitId(), k -> new long[5]);
            a[0]++;
            a[timing.finishedOnTime(p) ? 1 : 2]++;
            if (waited > 0) {
                a[3]++;
                a[4] += waited;
            }
        }
        Map<Long, List<Long>> expectedAgencies = new TreeMap<>();
        Map<Long, long[]> perSphere = new HashMap<>();
        long[] total = new long[5];
        perUnit.forEach((u, a) -> {
            expectedAgencies.put(u, List.of(a[0], a[1], a[2], a[3], a[4]));
            long[] s = perSphere.computeIfAbsent(sphere.get(u) == null ? -1L : sphere.get(u), k -> new long[5]);
            for (int i = 0; i < 5; i++) {
                s[i] += a[i];
                total[i] += a[i];
            }
        });
        Map<Long, List<Long>> agencies = new TreeMap<>();
        f.byAgency().forEach(r -> agencies.put(r.id(), tuple(r)));
        assertThat(agencies).isEqualTo(expectedAgencies);
        Map<Long, List<Long>> spheres = new HashMap<>();
        f.bySphere().forEach(r -> spheres.put(r.id() == null ? -1L : r.id(), tuple(r)));
        Map<Long, List<Long>> expectedSpheres = new HashMap<>();
        perSphere.forEach((k, v) -> expectedSpheres.put(k, List.of(v[0], v[1], v[2], v[3], v[4])));
        assertThat(spheres).isEqualTo(expectedSpheres);
        assertThat(tuple(f.total())).isEqualTo(List.of(total[0], total[1], total[2], total[3], total[4]));

        Map<YearMonth, long[]> trend = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(f.from()); !m.isAfter(YearMonth.from(f.to())); m = m.plusMonths(1)) {
            YearMonth mm = m;
            long issued = rows.stream().filter(r -> !r.issuedAt().isBefore(start) && r.issuedAt().isBefore(end)
                    && YearMonth.from(r.issuedAt()).equals(mm)).map(Raw::directiveId).distinct().count();
            long closed = rows.stream().filter(r -> r.dStatus().equals("CLOSED") && r.closedAt() != null
                    && !r.closedAt().isBefore(start) && r.closedAt().isBefore(end) && YearMonth.from(r.closedAt()).equals(mm))
                    .map(Raw::directiveId).distinct().count();
            trend.put(m, new long[] { issued, closed });
        }
        assertThat(f.trend().stream().map(m -> m.month() + ":" + m.issued() + "/" + m.closed()).toList())
                .isEqualTo(trend.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()[0] + "/" + e.getValue()[1]).toList());

        // the drill-downs list exactly the directives behind their figure
        assertThat(dashboard.drillDown(request, Figure.OVERDUE, null)).containsExactlyInAnyOrderElementsOf(open.stream()
                .filter(r -> timing.workingDaysLate(entity(r), today) > 0).map(Raw::directiveId).distinct().toList());
        assertThat(dashboard.drillDown(request, Figure.ON_TIME, null)).hasSize((int) rows.stream()
                .filter(r -> r.status().equals("DONE") && !r.finishedAt().isBefore(start) && r.finishedAt().isBefore(end)
                        && timing.finishedOnTime(entity(r)))
                .map(Raw::directiveId).distinct().count());
    }

    private static List<Long> tuple(Rate r) {
        return List.of(r.finished(), r.onTime(), r.late(), r.waited(), r.waitingDays());
    }

    // ---- the checks ------------------------------------------------------------------------------------------------

    @Test
    void theWholeProvinceOverTheCurrentFiscalYearEqualsTheRecords() {
        actAs("head");
        assertMatches(DashboardRequest.none(), r -> true);
    }

    @Test
    void aLongPeriodAndASphereEqualTheRecords() {
        actAs("head");
        LocalDate from = today.minusDays(430);
        Map<Long, Long> sphere = sphereOfUnit();
        assertMatches(new DashboardRequest(null, from, today, null, null, null, null, null, null), r -> true);
        assertMatches(new DashboardRequest(null, from, today, sphereX.id(), null, null, null, null, null),
                r -> Objects.equals(sphere.get(r.unitId()), sphereX.id()));
    }

    @Test
    void anAgencyWithItsSubUnitsInTheLastFiscalYearEqualsTheRecords() {
        actAs("governor");
        int lastYear = Dashboard.fiscalYearOf(today) - 1;
        Set<Long> units = new HashSet<>(List.of(parentWithSub.id()));
        agencies.stream().filter(u -> parentWithSub.id().equals(u.parentId()))
                .forEach(u -> units.add(u.id()));
        assertThat(units).hasSize(2);
        assertMatches(new DashboardRequest(lastYear, null, null, null, parentWithSub.id(), null, null, null, null),
                r -> units.contains(r.unitId()));
    }

    @Test
    void urgencySourceMeetingAndCommitteeFiltersEqualTheRecords() {
        actAs("head");
        LocalDate from = today.minusDays(430);
        assertMatches(new DashboardRequest(null, from, today, null, null, Urgency.MOST_URGENT, SourceKind.MEETING, null, null),
                r -> r.urgency().equals("MOST_URGENT") && r.source().equals("MEETING"));
        assertMatches(new DashboardRequest(null, from, today, null, null, null, null, "3/2569", null),
                r -> "3/2569".equals(r.meeting()));
        assertMatches(new DashboardRequest(null, from, today, null, null, null, SourceKind.COMMITTEE, null, "ศปถ"),
                r -> r.source().equals("COMMITTEE") && r.reference() != null && r.reference().contains("ศปถ"));
    }

    @Test
    void theDashboardAnswersInReasonableTimeOnTheGeneratedData() {
        ApiClient api = new ApiClient(port);
        long parts = jdbc.queryForObject("select count(*) from directive_part", Long.class);
        long directives = jdbc.queryForObject("select count(*) from directive", Long.class);
        List<Long> millis = new ArrayList<>();
        for (String query : List.of("", "?from=" + today.minusDays(430) + "&to=" + today, "?sphere=" + sphereX.id())) {
            for (int i = 0; i < 6; i++) {
                long t0 = System.nanoTime();
                ApiClient.Response r = api.get("/api/dashboard" + query, "head");
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertThat(r.status()).isEqualTo(200);
                if (i > 0) {
                    millis.add(ms);
                }
            }
        }
        millis.sort(Long::compare);
        log.info("Dashboard response time over {} directives / {} parts in the database: median {} ms, max {} ms ({} calls)",
                directives, parts, millis.get(millis.size() / 2), millis.get(millis.size() - 1), millis.size());
    }
}
