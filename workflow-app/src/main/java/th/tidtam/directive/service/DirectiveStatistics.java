package th.tidtam.directive.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.casework.Urgency;
import th.tidtam.directive.SourceKind;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.security.CurrentUser;

/**
 * Follow-up figures over the directives' own tables, counted in SQL, for screens that aggregate (the dashboard). Every
 * question takes a {@link PartFilter}: the period, the units (none: every unit), the screen's filters and the
 * {@link Viewer} — the directives one user may open, by {@link DirectiveVisibility}'s rules — so a figure never counts
 * a directive its reader could not open. Parts are grouped by the inputs of {@link PartTiming} (due date in force,
 * working days of ended waits, the open wait's start), so the caller computes fair lateness once per group rather than
 * once per part. Unit ids come in from org's tree; nothing here reads org's tables.
 */
@Service
@Transactional(readOnly = true)
public class DirectiveStatistics {

    /** The directives one user may open, fixed once per request (their positions of today). Opaque to other modules. */
    public static final class Viewer {
        private final VisibleDirectives visible;

        private Viewer(VisibleDirectives visible) {
            this.visible = visible;
        }
    }

    /**
     * Which parts a figure is about: of directives issued in the period {@code from}..{@code to} (days, inclusive)
     * where the figure says so, of the given units ({@code null}: every unit), matching the filters given (null: any),
     * of directives the viewer may open.
     */
    public record PartFilter(LocalDate from, LocalDate to, Collection<Long> units, Urgency urgency, SourceKind source,
            String meeting, String reference, Viewer viewer) {

        public PartFilter {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(viewer, "viewer");
        }

        /** The same filter, further narrowed to the given units. */
        public PartFilter narrowedTo(Collection<Long> more) {
            Collection<Long> both;
            if (units == null) {
                both = more;
            } else {
                Set<Long> s = new LinkedHashSet<>(units);
                s.retainAll(Set.copyOf(more));
                both = s;
            }
            return new PartFilter(from, to, both, urgency, source, meeting, reference, viewer);
        }
    }

    /** Which parts a count or a list is about, within a {@link PartFilter}. */
    public static final class PartSelection {
        private static final String OPEN_DIRECTIVE = " and d.status not in ('CLOSED', 'SUPERSEDED') and d.issued_at < :periodEnd";
        private static final String OPEN_PART = " and p.status <> 'DONE'" + OPEN_DIRECTIVE;

        private final String condition;
        private final Map<String, Object> parameters;

        private PartSelection(String condition, Map<String, Object> parameters) {
            this.condition = condition;
            this.parameters = parameters;
        }

        /** Parts not done of directives neither closed nor superseded, issued before the period ends. */
        public static PartSelection openParts() {
            return new PartSelection(OPEN_PART, Map.of());
        }

        /** Every part of directives neither closed nor superseded, issued before the period ends. */
        public static PartSelection ofOpenDirectives() {
            return new PartSelection(OPEN_DIRECTIVE, Map.of());
        }

        /** Open parts waiting on another agency now. */
        public static PartSelection openWaiting() {
            return new PartSelection(OPEN_PART + " and p.waiting_since is not null", Map.of());
        }

        /** Open parts whose due date in force is before the day. */
        public static PartSelection openDueBefore(LocalDate day) {
            return new PartSelection(OPEN_PART + " and p.due_date < :selDay", Map.of("selDay", day));
        }

        /** Open parts whose due date in force is on or before the day. */
        public static PartSelection openDueBy(LocalDate day) {
            return new PartSelection(OPEN_PART + " and p.due_date <= :selDay", Map.of("selDay", day));
        }

        /** Parts finished from the start of {@code from} to the start of {@code until} (exclusive). */
        public static PartSelection finishedBetween(LocalDate from, LocalDate until) {
            return new PartSelection(" and p.status = 'DONE' and p.finished_at >= :selFrom and p.finished_at < :selUntil",
                    between(from, until));
        }

        /** Parts of directives closed from the start of {@code from} to the start of {@code until} (exclusive). */
        public static PartSelection ofDirectivesClosedBetween(LocalDate from, LocalDate until) {
            return new PartSelection(" and d.status = 'CLOSED' and d.closed_at >= :selFrom and d.closed_at < :selUntil",
                    between(from, until));
        }

        /** Parts of directives issued from the start of {@code from} to the start of {@code until} (exclusive). */
        public static PartSelection ofDirectivesIssuedBetween(LocalDate from, LocalDate until) {
            return new PartSelection(" and d.issued_at >= :selFrom and d.issued_at < :selUntil", between(from, until));
        }

        private static Map<String, Object> between(LocalDate from, LocalDate until) {
            return Map.of("selFrom", from.atStartOfDay(), "selUntil", until.atStartOfDay());
        }
    }

    /** Open parts with the same timing inputs. */
    public record OpenParts(LocalDate dueDate, int endedWaitingDays, LocalDate waitingSince, long parts) {
    }

    /** Parts of one unit finished on the same day with the same timing inputs. */
    public record FinishedParts(long unitId, LocalDate dueDate, LocalDate finishedOn, int endedWaitingDays,
            LocalDate waitingSince, long parts) {
    }

    /** One part's timing inputs and state, with its directive (a drill-down's candidate). */
    public record PartTimes(long directiveId, LocalDate dueDate, String status, LocalDateTime finishedAt,
            int endedWaitingDays, LocalDate waitingSince) {
    }

    /** An open part past its due date in force (before waits are taken off), with who holds it and how far it climbed. */
    public record OverdueCandidate(long partId, long directiveId, String number, String subject, long unitId,
            long holderPositionId, Long workerPositionId, LocalDate dueDate, LocalDate originalDueDate,
            int endedWaitingDays, LocalDate waitingSince, int escalationLevel, Long escalatedToPositionId) {
    }

    /** A directive as a list shows it. */
    public record DirectiveLine(long id, String number, String subject, String status, String urgency, LocalDate dueDate,
            Instant issuedAt, long leadUnitId, String meetingNumber) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final DirectiveVisibility visibility;
    private final OrgDirectory org;
    private final CurrentUser currentUser;
    private final Clock clock;

    DirectiveStatistics(NamedParameterJdbcTemplate jdbc, DirectiveVisibility visibility, OrgDirectory org,
            CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.visibility = visibility;
        this.org = org;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The directives the current user may open, by the positions they fill today. */
    public Viewer currentViewer() {
        return new Viewer(visibility.visibleCondition(myPositions()));
    }

    /** Open parts ({@link PartSelection#openParts()}), counted per distinct timing inputs. */
    /**
     * Whether the province has a directive issued on or after the day (a clock that ran ahead, data moved in time): a
     * summary that holds no issue date cannot leave such directives out of a period that ends before them.
     */
    public boolean anyIssuedOnOrAfter(long provinceId, LocalDate day) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from directive where province_id = :p"
                + " and issued_at >= :day)", new MapSqlParameterSource("p", provinceId).addValue("day", day.atStartOfDay()),
                Boolean.class));
    }

    public List<OpenParts> openPartsByTiming(PartFilter f) {
        Query q = query(f, PartSelection.openParts());
        return jdbc.query("select p.due_date, p.waiting_working_days, p.waiting_since, count(*) as n" + q.from()
                + " group by p.due_date, p.waiting_working_days, p.waiting_since", q.params(),
                (rs, i) -> new OpenParts(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getObject(3, LocalDate.class), rs.getLong(4)));
    }

    /** Parts finished in the period, counted per unit, finishing day and timing inputs. */
    public List<FinishedParts> finishedPartsByUnitAndTiming(PartFilter f) {
        Query q = query(f, PartSelection.finishedBetween(f.from(), f.to().plusDays(1)));
        return jdbc.query("""
                select p.unit_id, p.due_date, date(p.finished_at) as finished_on, p.waiting_working_days, p.waiting_since,
                       count(*) as n
                """ + q.from() + " group by p.unit_id, p.due_date, date(p.finished_at), p.waiting_working_days, p.waiting_since",
                q.params(), (rs, i) -> new FinishedParts(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                        rs.getInt(4), rs.getObject(5, LocalDate.class), rs.getLong(6)));
    }

    public long countParts(PartFilter f, PartSelection selection) {
        Query q = query(f, selection);
        return count("select count(*)" + q.from(), q.params());
    }

    /** Directives with at least one selected part. */
    public long countDirectives(PartFilter f, PartSelection selection) {
        Query q = query(f, selection);
        return count("select count(distinct d.id)" + q.from(), q.params());
    }

    /** Directives (with a part within the filter) issued in each month of the period; months without any are absent. */
    public Map<YearMonth, Long> issuedPerMonth(PartFilter f) {
        Query q = query(f, PartSelection.ofDirectivesIssuedBetween(f.from(), f.to().plusDays(1)));
        return perMonth("select year(d.issued_at), month(d.issued_at), count(distinct d.id)" + q.from()
                + " group by year(d.issued_at), month(d.issued_at)", q.params());
    }

    /** Directives (with a part within the filter) closed in each month of the period; months without any are absent. */
    public Map<YearMonth, Long> closedPerMonth(PartFilter f) {
        Query q = query(f, PartSelection.ofDirectivesClosedBetween(f.from(), f.to().plusDays(1)));
        return perMonth("select year(d.closed_at), month(d.closed_at), count(distinct d.id)" + q.from()
                + " group by year(d.closed_at), month(d.closed_at)", q.params());
    }

    /**
     * Open parts due before {@code today}: every one that waited or waits on others (their waits may take them off the
     * list), and of the others — whose earliest due date is the latest — only the first {@code limit} by due date.
     */
    public List<OverdueCandidate> overdueCandidates(PartFilter f, LocalDate today, int limit) {
        Query q = query(f, PartSelection.openDueBefore(today));
        String columns = """
                select p.id, p.directive_id, d.number, d.subject, p.unit_id, p.holder_position_id, p.worker_position_id,
                       p.due_date, p.original_due_date, p.waiting_working_days, p.waiting_since, p.escalation_level,
                       p.escalated_to_position_id
                """;
        return jdbc.query(columns + q.from() + " and (p.waiting_since is not null or p.waiting_working_days > 0)"
                + " union all (" + columns + q.from() + " and p.waiting_since is null and p.waiting_working_days = 0"
                + " order by p.due_date, p.id limit :overdueLimit)", q.params().addValue("overdueLimit", limit),
                (rs, i) -> new OverdueCandidate(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), rs.getObject(7, Long.class), rs.getObject(8, LocalDate.class),
                        rs.getObject(9, LocalDate.class), rs.getInt(10), rs.getObject(11, LocalDate.class), rs.getInt(12),
                        rs.getObject(13, Long.class)));
    }

    /** The selected parts' timing inputs, newest directive first (a drill-down filters them by lateness). */
    public List<PartTimes> partTimes(PartFilter f, PartSelection selection) {
        Query q = query(f, selection);
        return jdbc.query("""
                select p.directive_id, d.issued_at, p.due_date, p.status, p.finished_at, p.waiting_working_days,
                       p.waiting_since
                """ + q.from() + " order by d.issued_at desc, d.id desc", q.params(),
                (rs, i) -> new PartTimes(rs.getLong(1), rs.getObject(3, LocalDate.class), rs.getString(4),
                        rs.getObject(5, LocalDateTime.class), rs.getInt(6), rs.getObject(7, LocalDate.class)));
    }

    /** The directives of the given ids that the current user may open, in the order given. */
    public List<DirectiveLine> lines(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> visible = visibility.visibleAmong(myPositions(), ids);
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<Long, DirectiveLine> byId = jdbc.query("""
                select d.id, d.number, d.subject, d.status, d.urgency, d.due_date, d.issued_at, d.lead_unit_id,
                       d.meeting_number
                  from directive d where d.id in (:ids)
                """, Map.of("ids", visible), (rs, i) -> new DirectiveLine(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                rs.getObject(7, LocalDateTime.class).atZone(clock.getZone()).toInstant(), rs.getLong(8), rs.getString(9)))
                .stream().collect(Collectors.toMap(DirectiveLine::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The from/where of a question: parts joined to their directive, the filter's conditions, the selection's. */
    private record Query(String from, MapSqlParameterSource params) {
    }

    private static Query query(PartFilter f, PartSelection selection) {
        StringBuilder w = new StringBuilder(" from directive_part p join directive d on d.id = p.directive_id where 1 = 1");
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("periodStart", f.from().atStartOfDay()).addValue("periodEnd", f.to().plusDays(1).atStartOfDay());
        if (f.units() != null) {
            w.append(" and p.unit_id in (:units)");
            p.addValue("units", f.units().isEmpty() ? List.of(-1L) : f.units());
        }
        if (f.urgency() != null) {
            w.append(" and d.urgency = :urgency");
            p.addValue("urgency", f.urgency().name());
        }
        if (f.source() != null) {
            w.append(" and d.source_kind = :source");
            p.addValue("source", f.source().name());
        }
        if (f.meeting() != null) {
            w.append(" and d.meeting_number = :meeting");
            p.addValue("meeting", f.meeting());
        }
        if (f.reference() != null) {
            w.append(" and d.source_reference like :reference");
            p.addValue("reference", "%" + f.reference().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        w.append(" and ").append(f.viewer().visible.sql());
        p.addValues(f.viewer().visible.parameters());
        w.append(selection.condition);
        p.addValues(selection.parameters);
        return new Query(w.append(' ').toString(), p);
    }

    private Map<YearMonth, Long> perMonth(String sql, MapSqlParameterSource params) {
        Map<YearMonth, Long> months = new TreeMap<>();
        jdbc.query(sql, params, rs -> {
            months.put(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getLong(3));
        });
        return months;
    }

    private long count(String sql, MapSqlParameterSource p) {
        Long n = jdbc.queryForObject(sql, p, Long.class);
        return n == null ? 0 : n;
    }

    private List<CurrentPosition> myPositions() {
        return currentUser.get().map(u -> org.positionsFilled(u.personId())).orElse(List.of());
    }
}
