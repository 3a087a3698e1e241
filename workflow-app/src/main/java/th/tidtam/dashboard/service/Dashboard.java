package th.tidtam.dashboard.service;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.dashboard.service.DashboardFigures.Bucket;
import th.tidtam.dashboard.service.DashboardFigures.Counts;
import th.tidtam.dashboard.service.DashboardFigures.Month;
import th.tidtam.dashboard.service.DashboardFigures.OverduePart;
import th.tidtam.dashboard.service.DashboardFigures.Rate;
import th.tidtam.directive.service.DirectiveQueries;
import th.tidtam.directive.service.PartTiming;
import th.tidtam.directive.service.VisibleDirectives;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.security.CurrentUser;
import th.tidtam.security.Roles;

/**
 * The follow-up dashboard of the head of office (whole province), the governor (all) and each vice governor (the
 * units they supervise, sub-units included). Figures come from the application's own tables, never from the
 * engine's history: counting happens in SQL, grouped by the inputs of {@link PartTiming}, so the fair lateness is
 * computed once per distinct (due date, end day, waits) rather than once per part, and agrees with the board and the
 * meeting report. Directives the user may not open are never counted.
 */
@Service
@Transactional(readOnly = true)
public class Dashboard {

    public static final int DUE_SOON_WORKING_DAYS = 7;
    /** Lower bounds of the aging buckets in working days late: 1–5, 6–10, 11–20, more than 20. */
    static final int[] AGING_FROM = { 1, 6, 11, 21 };
    static final int OVERDUE_LIST_LIMIT = 200;
    static final int MAX_PERIOD_YEARS = 10;
    static final int FIRST_FISCAL_YEAR = 2540;

    private static final String OPEN = " and p.status <> 'DONE' and d.status not in ('CLOSED', 'SUPERSEDED')"
            + " and d.issued_at < :periodEnd";
    private static final String FINISHED_IN_PERIOD = " and p.status = 'DONE' and p.finished_at >= :periodStart"
            + " and p.finished_at < :periodEnd";

    private final NamedParameterJdbcTemplate jdbc;
    private final PartTiming timing;
    private final WorkingCalendar calendar;
    private final DirectiveQueries directives;
    private final OrgDirectory org;
    private final CurrentUser currentUser;

    Dashboard(NamedParameterJdbcTemplate jdbc, PartTiming timing, WorkingCalendar calendar, DirectiveQueries directives,
            OrgDirectory org, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.timing = timing;
        this.calendar = calendar;
        this.directives = directives;
        this.org = org;
        this.currentUser = currentUser;
    }

    /** A vice governor's sphere, or an agency, as the filters offer them. */
    public record Choice(long id, String nameTh, String nameEn) {
    }

    /** May the current user open the dashboard at all. */
    public boolean mayUse() {
        return currentUser.get().map(u -> u.hasRole(Roles.GOVERNOR) || u.hasRole(Roles.HEAD_OF_OFFICE)
                || u.hasRole(Roles.VICE_GOVERNOR)).orElse(false);
    }

    /** The fiscal year (BE) a day falls in: October starts the next one. */
    public static int fiscalYearOf(LocalDate day) {
        return day.getYear() + ThaiDates.BE_OFFSET + (day.getMonthValue() >= 10 ? 1 : 0);
    }

    public static LocalDate fiscalYearStart(int beYear) {
        return LocalDate.of(beYear - ThaiDates.BE_OFFSET - 1, 10, 1);
    }

    public static LocalDate fiscalYearEnd(int beYear) {
        return LocalDate.of(beYear - ThaiDates.BE_OFFSET, 9, 30);
    }

    public List<Choice> spheres() {
        Tree tree = tree();
        Set<Long> allowed = allowedSpheres(tree);
        Map<Long, PositionSummary> titles = org.summaries(allowed).stream()
                .collect(Collectors.toMap(PositionSummary::id, Function.identity()));
        return allowed.stream().filter(titles::containsKey)
                .map(id -> new Choice(id, titles.get(id).titleTh(), titles.get(id).titleEn()))
                .sorted(Comparator.comparing(Choice::nameTh)).toList();
    }

    public List<Choice> agencies() {
        Tree tree = tree();
        Set<Long> allowed = allowedSpheres(tree);
        boolean province = province();
        return tree.names.entrySet().stream()
                .filter(e -> province || tree.sphereOf(e.getKey()) != null && allowed.contains(tree.sphereOf(e.getKey())))
                .filter(e -> !"SYSTEM".equals(tree.kinds.get(e.getKey())))
                .map(e -> new Choice(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparing(Choice::nameTh)).toList();
    }

    public DashboardFigures figures(DashboardRequest request) {
        Scope s = scope(request);
        LocalDate today = calendar.today();
        LocalDate dueSoonLimit = calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS);

        // open parts, counted per distinct timing inputs
        MapSqlParameterSource p = s.params();
        long[] buckets = new long[AGING_FROM.length];
        long open = 0, overdue = 0, dueSoon = 0, waiting = 0;
        for (Map<String, Object> g : jdbc.queryForList("""
                select p.due_date, p.waiting_working_days, p.waiting_since, count(*) as n
                  from directive_part p join directive d on d.id = p.directive_id
                """ + s.where() + OPEN + " group by p.due_date, p.waiting_working_days, p.waiting_since", p)) {
            long n = ((Number) g.get("n")).longValue();
            LocalDate due = day(g.get("due_date"));
            LocalDate since = day(g.get("waiting_since"));
            int late = timing.workingDaysLate(due, null, ((Number) g.get("waiting_working_days")).intValue(), since, today);
            open += n;
            if (since != null) {
                waiting += n;
            }
            if (late > 0) {
                overdue += n;
                buckets[bucketOf(late)] += n;
            } else if (!due.isAfter(dueSoonLimit)) {
                dueSoon += n;
            }
        }
        long openDirectives = count("select count(distinct d.id) from directive_part p join directive d on d.id = p.directive_id"
                + s.where() + " and d.status not in ('CLOSED', 'SUPERSEDED') and d.issued_at < :periodEnd", p);
        YearMonth thisMonth = YearMonth.from(today);
        p.addValue("monthStart", thisMonth.atDay(1).atStartOfDay()).addValue("monthEnd", thisMonth.plusMonths(1).atDay(1).atStartOfDay());
        long finishedThisMonth = count("select count(*) from directive_part p join directive d on d.id = p.directive_id"
                + s.where() + " and p.status = 'DONE' and p.finished_at >= :monthStart and p.finished_at < :monthEnd", p);
        long closedThisMonth = count("select count(distinct d.id) from directive_part p join directive d on d.id = p.directive_id"
                + s.where() + " and d.status = 'CLOSED' and d.closed_at >= :monthStart and d.closed_at < :monthEnd", p);

        // parts finished in the period, per agency; spheres are sums of their agencies
        Map<Long, long[]> perUnit = new TreeMap<>();
        for (Map<String, Object> g : jdbc.queryForList("""
                select p.unit_id, p.due_date, date(p.finished_at) as finished_on, p.waiting_working_days, p.waiting_since,
                       count(*) as n
                  from directive_part p join directive d on d.id = p.directive_id
                """ + s.where() + FINISHED_IN_PERIOD
                + " group by p.unit_id, p.due_date, date(p.finished_at), p.waiting_working_days, p.waiting_since", p)) {
            long n = ((Number) g.get("n")).longValue();
            LocalDate finishedOn = day(g.get("finished_on"));
            int ended = ((Number) g.get("waiting_working_days")).intValue();
            LocalDate since = day(g.get("waiting_since"));
            Timing t = finishedTiming(day(g.get("due_date")), finishedOn, ended, since);
            long[] r = perUnit.computeIfAbsent(((Number) g.get("unit_id")).longValue(), k -> new long[5]);
            r[0] += n;
            r[t.late() == 0 ? 1 : 2] += n;
            if (t.waitingDays() > 0) {
                r[3] += n;
                r[4] += n * t.waitingDays();
            }
        }
        Tree tree = s.tree();
        List<Rate> byAgency = perUnit.entrySet().stream().map(e -> rate(e.getKey(), tree.names.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing((Rate r) -> r.percentOnTime() == null ? 101 : r.percentOnTime())
                        .thenComparing(Rate::nameTh, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        Map<Long, long[]> perSphere = new LinkedHashMap<>();
        long[] all = new long[5];
        perUnit.forEach((unit, r) -> {
            add(perSphere.computeIfAbsent(tree.sphereOf(unit), k -> new long[5]), r);
            add(all, r);
        });
        Map<Long, PositionSummary> sphereTitles = org.summaries(perSphere.keySet().stream().filter(Objects::nonNull).toList())
                .stream().collect(Collectors.toMap(PositionSummary::id, Function.identity()));
        List<Rate> bySphere = perSphere.entrySet().stream().map(e -> {
            PositionSummary t = e.getKey() == null ? null : sphereTitles.get(e.getKey());
            return rate(e.getKey(), t == null ? null : new String[] { t.titleTh(), t.titleEn() }, e.getValue());
        }).sorted(Comparator.comparing(Rate::nameTh, Comparator.nullsLast(Comparator.naturalOrder()))).toList();

        List<Bucket> aging = new ArrayList<>();
        for (int i = 0; i < AGING_FROM.length; i++) {
            aging.add(new Bucket(i, AGING_FROM[i], i + 1 < AGING_FROM.length ? AGING_FROM[i + 1] - 1 : null, buckets[i]));
        }

        List<OverduePart> overdueParts = overdueParts(s, today);
        return new DashboardFigures(s.from(), s.to(), s.fiscalYear(), today,
                new Counts(open, openDirectives, overdue, dueSoon, waiting, finishedThisMonth, closedThisMonth),
                rate(null, null, all), bySphere, byAgency, aging, trend(s),
                overdueParts.stream().limit(OVERDUE_LIST_LIMIT).toList(), overdue);
    }

    /** Ids of the directives behind a figure, newest first; the screen pages through them with {@link #rows}. */
    public List<Long> drillDown(DashboardRequest request, Figure figure, String key) {
        Scope s = scope(request);
        LocalDate today = calendar.today();
        MapSqlParameterSource p = s.params();
        String condition;
        Predicate<PartRow> keep = r -> true;
        switch (figure) {
            case OPEN_PARTS -> condition = OPEN;
            case OPEN_DIRECTIVES -> condition = " and d.status not in ('CLOSED', 'SUPERSEDED') and d.issued_at < :periodEnd";
            case WAITING -> condition = OPEN + " and p.waiting_since is not null";
            case OVERDUE -> {
                condition = OPEN + " and p.due_date < :today";
                keep = r -> r.lateAsOf(timing, today) > 0;
            }
            case DUE_SOON -> {
                LocalDate limit = calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS);
                condition = OPEN + " and p.due_date <= :dueSoonLimit";
                p.addValue("dueSoonLimit", limit);
                keep = r -> r.lateAsOf(timing, today) == 0;
            }
            case AGING -> {
                int bucket = intKey(key, AGING_FROM.length);
                condition = OPEN + " and p.due_date < :today";
                keep = r -> {
                    int late = r.lateAsOf(timing, today);
                    return late > 0 && bucketOf(late) == bucket;
                };
            }
            case FINISHED_THIS_MONTH, CLOSED_THIS_MONTH -> {
                YearMonth m = YearMonth.from(today);
                p.addValue("monthStart", m.atDay(1).atStartOfDay()).addValue("monthEnd", m.plusMonths(1).atDay(1).atStartOfDay());
                condition = figure == Figure.FINISHED_THIS_MONTH
                        ? " and p.status = 'DONE' and p.finished_at >= :monthStart and p.finished_at < :monthEnd"
                        : " and d.status = 'CLOSED' and d.closed_at >= :monthStart and d.closed_at < :monthEnd";
            }
            case FINISHED, ON_TIME, LATE, WAITED -> {
                condition = FINISHED_IN_PERIOD + unitsOfKey(s, key, p);
                keep = switch (figure) {
                    case ON_TIME -> r -> r.finished(this).late() == 0;
                    case LATE -> r -> r.finished(this).late() > 0;
                    case WAITED -> r -> r.finished(this).waitingDays() > 0;
                    default -> keep;
                };
            }
            case ISSUED_IN_MONTH, CLOSED_IN_MONTH -> {
                YearMonth m = monthKey(key);
                p.addValue("monthStart", max(m.atDay(1), s.from()).atStartOfDay())
                        .addValue("monthEnd", min(m.plusMonths(1).atDay(1), s.to().plusDays(1)).atStartOfDay());
                condition = figure == Figure.ISSUED_IN_MONTH
                        ? " and d.issued_at >= :monthStart and d.issued_at < :monthEnd"
                        : " and d.status = 'CLOSED' and d.closed_at >= :monthStart and d.closed_at < :monthEnd";
            }
            default -> throw new RuleViolation("dashboard.error.figure");
        }
        p.addValue("today", today);
        List<PartRow> rows = jdbc.query("""
                select p.directive_id, d.issued_at, p.due_date, p.status, p.finished_at, p.waiting_working_days, p.waiting_since
                  from directive_part p join directive d on d.id = p.directive_id
                """ + s.where() + condition + " order by d.issued_at desc, d.id desc", p,
                (rs, i) -> new PartRow(rs.getLong(1), day(rs.getObject(3)), rs.getString(4),
                        rs.getObject(5, LocalDateTime.class), rs.getInt(6), day(rs.getObject(7))));
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        rows.stream().filter(keep).forEach(r -> ids.add(r.directiveId()));
        return List.copyOf(ids);
    }

    /** The rows of directives (already drilled to, so visible to the user), in the order given. */
    public List<DirectiveRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, DirectiveRow> byId = jdbc.query("""
                select d.id, d.number, d.subject, d.status, d.urgency, d.due_date, d.issued_at, u.name_th, u.name_en,
                       d.meeting_number
                  from directive d join org_unit u on u.id = d.lead_unit_id where d.id in (:ids)
                """, Map.of("ids", ids), (rs, i) -> new DirectiveRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), day(rs.getObject(6)),
                rs.getObject(7, LocalDateTime.class).atZone(WorkingCalendar.ZONE).toInstant(), rs.getString(8),
                rs.getString(9), rs.getString(10))).stream().collect(Collectors.toMap(DirectiveRow::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    // ---------------------------------------------------------------------------------------------------------------

    record Timing(int late, int waitingDays) {
    }

    private Timing finishedTiming(LocalDate due, LocalDate finishedOn, int endedWaits, LocalDate since) {
        java.time.Instant finishedAt = finishedOn.atStartOfDay(WorkingCalendar.ZONE).toInstant();
        return new Timing(timing.workingDaysLate(due, finishedAt, endedWaits, since, finishedOn),
                timing.waitingWorkingDays(endedWaits, since, finishedOn));
    }

    private record PartRow(long directiveId, LocalDate due, String status, LocalDateTime finishedAt, int endedWaits,
            LocalDate since) {

        int lateAsOf(PartTiming timing, LocalDate today) {
            return timing.workingDaysLate(due, null, endedWaits, since, today);
        }

        Timing finished(Dashboard dashboard) {
            return dashboard.finishedTiming(due, finishedAt.toLocalDate(), endedWaits, since);
        }
    }

    private List<OverduePart> overdueParts(Scope s, LocalDate today) {
        MapSqlParameterSource p = s.params().addValue("today", today);
        record Candidate(long partId, long directiveId, String number, String subject, long unitId, long holder,
                Long worker, LocalDate due, LocalDate originalDue, int ended, LocalDate since, int level, Long escalatedTo) {
        }
        List<Candidate> candidates = jdbc.query("""
                select p.id, p.directive_id, d.number, d.subject, p.unit_id, p.holder_position_id, p.worker_position_id,
                       p.due_date, p.original_due_date, p.waiting_working_days, p.waiting_since, p.escalation_level,
                       p.escalated_to_position_id
                  from directive_part p join directive d on d.id = p.directive_id
                """ + s.where() + OPEN + " and p.due_date < :today and (p.waiting_since is not null or p.waiting_working_days > 0)"
                + " union all (select p.id, p.directive_id, d.number, d.subject, p.unit_id, p.holder_position_id,"
                + " p.worker_position_id, p.due_date, p.original_due_date, p.waiting_working_days, p.waiting_since,"
                + " p.escalation_level, p.escalated_to_position_id from directive_part p join directive d on d.id = p.directive_id"
                + s.where() + OPEN + " and p.due_date < :today and p.waiting_since is null and p.waiting_working_days = 0"
                // without any wait, the earliest due is the latest: only the list's length is needed from them
                + " order by p.due_date, p.id limit :overdueLimit)", p.addValue("overdueLimit", OVERDUE_LIST_LIMIT),
                (rs, i) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getLong(6), (Long) rs.getObject(7, Long.class), day(rs.getObject(8)), day(rs.getObject(9)),
                        rs.getInt(10), day(rs.getObject(11)), rs.getInt(12), (Long) rs.getObject(13, Long.class)));
        Map<Candidate, Integer> late = new HashMap<>();
        candidates.forEach(c -> late.put(c, timing.workingDaysLate(c.due(), null, c.ended(), c.since(), today)));
        List<Candidate> overdue = candidates.stream().filter(c -> late.get(c) > 0)
                .sorted(Comparator.comparing((Candidate c) -> -late.get(c)).thenComparing(Candidate::partId)).toList();
        Set<Long> positionIds = new LinkedHashSet<>();
        overdue.stream().limit(OVERDUE_LIST_LIMIT).forEach(c -> {
            positionIds.add(c.worker() == null ? c.holder() : c.worker());
            if (c.escalatedTo() != null) {
                positionIds.add(c.escalatedTo());
            }
        });
        Map<Long, PositionSummary> titles = org.summaries(positionIds).stream()
                .collect(Collectors.toMap(PositionSummary::id, Function.identity()));
        Tree tree = s.tree();
        return overdue.stream().map(c -> {
            PositionSummary now = titles.get(c.worker() == null ? c.holder() : c.worker());
            PositionSummary up = c.escalatedTo() == null ? null : titles.get(c.escalatedTo());
            String[] unit = tree.names.getOrDefault(c.unitId(), new String[] { "", "" });
            return new OverduePart(c.partId(), c.directiveId(), c.number(), c.subject(), c.unitId(), unit[0], unit[1],
                    now == null ? null : now.titleTh(), now == null ? null : now.titleEn(), c.worker() != null, c.due(),
                    c.originalDue(), late.get(c), timing.waitingWorkingDays(c.ended(), c.since(), today), c.level(),
                    up == null ? null : up.titleTh(), up == null ? null : up.titleEn());
        }).toList();
    }

    private List<Month> trend(Scope s) {
        MapSqlParameterSource p = s.params();
        Map<YearMonth, long[]> months = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(s.from()); !m.isAfter(YearMonth.from(s.to())); m = m.plusMonths(1)) {
            months.put(m, new long[2]);
        }
        jdbc.query("select year(d.issued_at), month(d.issued_at), count(distinct d.id)"
                + " from directive_part p join directive d on d.id = p.directive_id" + s.where()
                + " and d.issued_at >= :periodStart and d.issued_at < :periodEnd group by year(d.issued_at), month(d.issued_at)",
                p, rs -> {
                    months.get(YearMonth.of(rs.getInt(1), rs.getInt(2)))[0] = rs.getLong(3);
                });
        jdbc.query("select year(d.closed_at), month(d.closed_at), count(distinct d.id)"
                + " from directive_part p join directive d on d.id = p.directive_id" + s.where()
                + " and d.status = 'CLOSED' and d.closed_at >= :periodStart and d.closed_at < :periodEnd"
                + " group by year(d.closed_at), month(d.closed_at)",
                p, rs -> {
                    months.get(YearMonth.of(rs.getInt(1), rs.getInt(2)))[1] = rs.getLong(3);
                });
        return months.entrySet().stream().map(e -> new Month(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** What the request may cover for this user: the period, the units, and the directives they may see. */
    record Scope(LocalDate from, LocalDate to, Integer fiscalYear, Collection<Long> units, DashboardRequest request,
            Optional<VisibleDirectives> visible, Tree tree) {

        String where() {
            StringBuilder w = new StringBuilder(" where 1 = 1");
            if (units != null) {
                w.append(" and p.unit_id in (:units)");
            }
            if (request.urgency() != null) {
                w.append(" and d.urgency = :urgency");
            }
            if (request.source() != null) {
                w.append(" and d.source_kind = :source");
            }
            if (request.meeting() != null) {
                w.append(" and d.meeting_number = :meeting");
            }
            if (request.reference() != null) {
                w.append(" and d.source_reference like :reference");
            }
            visible.ifPresent(v -> w.append(" and d.id in (").append(v.sql()).append(")"));
            return w.append(' ').toString();
        }

        MapSqlParameterSource params() {
            MapSqlParameterSource p = new MapSqlParameterSource()
                    .addValue("periodStart", from.atStartOfDay()).addValue("periodEnd", to.plusDays(1).atStartOfDay());
            if (units != null) {
                p.addValue("units", units.isEmpty() ? List.of(-1L) : units);
            }
            if (request.urgency() != null) {
                p.addValue("urgency", request.urgency().name());
            }
            if (request.source() != null) {
                p.addValue("source", request.source().name());
            }
            p.addValue("meeting", request.meeting());
            if (request.reference() != null) {
                p.addValue("reference", "%" + request.reference().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            visible.ifPresent(v -> p.addValues(v.parameters()));
            return p;
        }
    }

    private Scope scope(DashboardRequest r) {
        if (!mayUse()) {
            throw new ApiProblems.NotFound();
        }
        LocalDate today = calendar.today();
        LocalDate from;
        LocalDate to;
        Integer fiscalYear = null;
        if (r.fiscalYear() != null) {
            if (r.from() != null || r.to() != null) {
                throw new RuleViolation("dashboard.error.year-or-range");
            }
            int current = fiscalYearOf(today);
            if (r.fiscalYear() < FIRST_FISCAL_YEAR || r.fiscalYear() > current + 1) {
                // years and ids as text: a message must not print 2,570
                throw new RuleViolation("dashboard.error.fiscal-year", String.valueOf(r.fiscalYear()),
                        String.valueOf(FIRST_FISCAL_YEAR), String.valueOf(current + 1));
            }
            fiscalYear = r.fiscalYear();
        } else if (r.from() == null && r.to() == null) {
            fiscalYear = fiscalYearOf(today);
        }
        if (fiscalYear != null) {
            from = fiscalYearStart(fiscalYear);
            to = fiscalYearEnd(fiscalYear);
        } else {
            if (r.from() == null || r.to() == null) {
                throw new RuleViolation("dashboard.error.range-incomplete");
            }
            from = r.from();
            to = r.to();
            if (from.isAfter(to)) {
                throw new RuleViolation("dashboard.error.from-after-to", ThaiDates.formatShort(from), ThaiDates.formatShort(to));
            }
            if (from.plusYears(MAX_PERIOD_YEARS).isBefore(to) || fiscalYearOf(from) < FIRST_FISCAL_YEAR
                    || fiscalYearOf(to) > fiscalYearOf(today) + 1) {
                throw new RuleViolation("dashboard.error.range-too-wide", MAX_PERIOD_YEARS);
            }
        }
        Tree tree = tree();
        Set<Long> allowedSpheres = allowedSpheres(tree);
        boolean province = province();
        Collection<Long> units = province ? null : tree.unitsOfSpheres(allowedSpheres);
        if (r.sphere() != null) {
            if (!tree.supervisors().contains(r.sphere())) {
                throw new RuleViolation("dashboard.error.unknown-sphere", String.valueOf(r.sphere()));
            }
            if (!allowedSpheres.contains(r.sphere())) {
                // another vice governor's sphere is simply not there for this user
                throw new ApiProblems.NotFound();
            }
            units = tree.unitsOfSpheres(Set.of(r.sphere()));
        }
        if (r.agency() != null) {
            if (!tree.names.containsKey(r.agency())) {
                throw new RuleViolation("dashboard.error.unknown-agency", String.valueOf(r.agency()));
            }
            Set<Long> agency = tree.unitAndBelow(r.agency());
            if (units == null) {
                units = agency;
            } else {
                Set<Long> both = new LinkedHashSet<>(units);
                both.retainAll(agency);
                Long agencySphere = tree.sphereOf(r.agency());
                if (both.isEmpty() && (agencySphere == null || !allowedSpheres.contains(agencySphere))) {
                    throw new ApiProblems.NotFound();
                }
                units = both;
            }
        }
        return new Scope(from, to, fiscalYear, units, r, directives.visibleDirectives(), tree);
    }

    private boolean province() {
        return currentUser.get().map(u -> u.hasRole(Roles.GOVERNOR) || u.hasRole(Roles.HEAD_OF_OFFICE)).orElse(false);
    }

    private Set<Long> allowedSpheres(Tree tree) {
        if (province()) {
            return tree.supervisors();
        }
        return currentUser.get().map(u -> org.positionsFilled(u.personId()).stream()
                .filter(p -> p.role() == PositionRole.VICE_GOVERNOR).map(CurrentPosition::positionId)
                .collect(Collectors.toCollection(LinkedHashSet::new))).orElse(new LinkedHashSet<>());
    }

    /** Units (id → Thai and English name), their parents and the supervising position of each, read in two queries. */
    static final class Tree {
        final Map<Long, String[]> names = new LinkedHashMap<>();
        final Map<Long, String> kinds = new HashMap<>();
        final Map<Long, Long> parents = new HashMap<>();
        final Map<Long, Long> supervised = new HashMap<>();
        private final Map<Long, Optional<Long>> sphereCache = new HashMap<>();

        Long sphereOf(Long unitId) {
            return sphereCache.computeIfAbsent(unitId, id -> {
                Long u = id;
                for (int depth = 0; u != null && depth < 64; depth++, u = parents.get(u)) {
                    if (supervised.containsKey(u)) {
                        return Optional.of(supervised.get(u));
                    }
                }
                return Optional.empty();
            }).orElse(null);
        }

        Set<Long> supervisors() {
            return new LinkedHashSet<>(supervised.values());
        }

        Set<Long> unitsOfSpheres(Set<Long> spheres) {
            return names.keySet().stream().filter(u -> {
                Long s = sphereOf(u);
                return s != null && spheres.contains(s);
            }).collect(Collectors.toSet());
        }

        Set<Long> unitAndBelow(Long unitId) {
            return names.keySet().stream().filter(u -> {
                Long x = u;
                for (int depth = 0; x != null && depth < 64; depth++, x = parents.get(x)) {
                    if (x.equals(unitId)) {
                        return true;
                    }
                }
                return false;
            }).collect(Collectors.toSet());
        }
    }

    private Tree tree() {
        Tree t = new Tree();
        jdbc.query("select id, parent_id, name_th, name_en, kind from org_unit", rs -> {
            long id = rs.getLong(1);
            t.names.put(id, new String[] { rs.getString(3), rs.getString(4) });
            t.kinds.put(id, rs.getString(5));
            long parent = rs.getLong(2);
            if (!rs.wasNull()) {
                t.parents.put(id, parent);
            }
        });
        jdbc.query("select unit_id, supervisor_position_id from unit_supervision",
                rs -> {
                    t.supervised.put(rs.getLong(1), rs.getLong(2));
                });
        return t;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private String unitsOfKey(Scope s, String key, MapSqlParameterSource p) {
        if (key == null || key.isBlank()) {
            return "";
        }
        Collection<Long> keyUnits;
        if (key.startsWith("unit:")) {
            keyUnits = Set.of(longKey(key.substring(5)));
        } else if (key.equals("sphere:none")) {
            keyUnits = s.tree().names.keySet().stream().filter(u -> s.tree().sphereOf(u) == null).toList();
        } else if (key.startsWith("sphere:")) {
            keyUnits = s.tree().unitsOfSpheres(Set.of(longKey(key.substring(7))));
        } else {
            throw new RuleViolation("dashboard.error.figure");
        }
        p.addValue("keyUnits", keyUnits.isEmpty() ? List.of(-1L) : keyUnits);
        return " and p.unit_id in (:keyUnits)";
    }

    private static long longKey(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new RuleViolation("dashboard.error.figure");
        }
    }

    private static int intKey(String key, int bound) {
        long v = key == null ? -1 : longKey(key);
        if (v < 0 || v >= bound) {
            throw new RuleViolation("dashboard.error.figure");
        }
        return (int) v;
    }

    private static YearMonth monthKey(String key) {
        YearMonth month;
        try {
            month = YearMonth.parse(key == null ? "" : key);
        } catch (DateTimeParseException e) {
            throw new RuleViolation("dashboard.error.figure");
        }
        // "+999999999-12" parses, and its next month (the end of the range) would overflow
        if (month.getYear() < 1900 || month.getYear() > 2999) {
            throw new RuleViolation("dashboard.error.figure");
        }
        return month;
    }

    static int bucketOf(int late) {
        for (int i = AGING_FROM.length - 1; i >= 0; i--) {
            if (late >= AGING_FROM[i]) {
                return i;
            }
        }
        throw new IllegalArgumentException("not late: " + late);
    }

    private static Rate rate(Long id, String[] names, long[] r) {
        return new Rate(id, names == null ? null : names[0], names == null ? null : names[1], r[0], r[1], r[2], r[3], r[4]);
    }

    private static void add(long[] into, long[] r) {
        for (int i = 0; i < into.length; i++) {
            into[i] += r[i];
        }
    }

    private long count(String sql, MapSqlParameterSource p) {
        Long n = jdbc.queryForObject(sql, p, Long.class);
        return n == null ? 0 : n;
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
