package th.tidtam.org.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import th.tidtam.org.AssignmentKind;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.IdentityGroup.Kind;

/**
 * The people and {@link IdentityGroup}s of the chain of command as the process engine's identity provider asks for
 * them (Cockpit, Tasklist, the engine's REST API, every task query by candidate user): filtered, counted, sorted and
 * paged by the database, one statement per answer, instead of reading 150,000 positions to keep a page of them.
 * Plain JDBC over org's own tables, every value bound, never spliced. Membership is "holds or acts in the position
 * today" (a delegate is no member); people are listed whether enabled or not, as before.
 *
 * <p>Text: exact criteria compare case, accents and trailing spaces ({@value #EXACT}, beside the column's own
 * comparison, which keeps its index usable); {@code *Like} criteria take {@code %} as "any text", every other character
 * literally, and ignore case. Sorting follows the columns' collation (so that an index can serve the order).
 */
@Service
public class OrgIdentityQueries {

    private static final String EXACT = " collate utf8mb4_nopad_bin";
    private static final String PERSON_COLUMNS = "pe.id, pe.username, pe.full_name_th, pe.full_name_en, pe.email, "
            + "pe.preferred_locale, pe.enabled, pe.province_id";
    private static final List<String> FILLING = Arrays.stream(AssignmentKind.values())
            .filter(AssignmentKind::fillsPosition).map(Enum::name).toList();

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    OrgIdentityQueries(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // --- people -----------------------------------------------------------------------------------------------------

    /** The matching people, {@code max} of them from the {@code first} (0-based), in the criteria's order. */
    public List<PersonSummary> people(PeopleCriteria criteria, int first, int max) {
        Params params = new Params();
        Filter where = people(criteria, params);
        if (where.nothing || max <= 0) {
            return List.of();
        }
        StringBuilder order = new StringBuilder();
        criteria.order().forEach(o -> order.append(switch (o.by()) {
            case USERNAME -> "pe.username";
            case FULL_NAME -> "pe.full_name_th";
            case EMAIL -> "pe.email";
        }).append(o.descending() ? " desc, " : ", "));
        return jdbc.query("select " + PERSON_COLUMNS + " from person pe where " + where + " order by " + order
                + "pe.username limit " + params.bind(max) + " offset " + params.bind(first), params.source,
                (rs, i) -> person(rs));
    }

    public long countPeople(PeopleCriteria criteria) {
        Params params = new Params();
        Filter where = people(criteria, params);
        return where.nothing ? 0
                : jdbc.queryForObject("select count(*) from person pe where " + where, params.source, Long.class);
    }

    private Filter people(PeopleCriteria c, Params params) {
        Filter f = new Filter(params);
        f.exact("pe.username", c.username());
        f.exactIn("pe.username", c.usernames());
        f.exact("pe.full_name_th", c.fullNameTh());
        f.like("pe.full_name_th", c.fullNameThLike());
        f.exact("pe.email", c.email());
        f.like("pe.email", c.emailLike());
        if (c.memberOf() != null) {
            // the group id may name a position (its code), a unit or the administrators; a position whose code reads
            // like one of the others is a member all the same, as it always was
            List<String> positions = new ArrayList<>();
            String group = params.bind(c.memberOf());
            positions.add("(p.code = " + group + " and p.code" + EXACT + " = " + group + ")");
            unitOf(c.memberOf()).ifPresent(unit -> positions.add("p.unit_id = " + params.bind(unit)));
            if (IdentityGroup.ADMINISTRATORS.equals(c.memberOf())) {
                positions.add("p.role = " + params.bind(PositionRole.ADMINISTRATOR.name()));
            }
            f.add("pe.id in (select a.person_id from position_assignment a join org_position p on p.id = a.position_id"
                    + " where " + fillingToday("a", params) + " and (" + String.join(" or ", positions) + "))");
        }
        return f;
    }

    private static PersonSummary person(ResultSet rs) throws SQLException {
        return new PersonSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBoolean(7), rs.getObject(8, Long.class));
    }

    // --- groups -----------------------------------------------------------------------------------------------------

    /** The matching groups, {@code max} of them from the {@code first} (0-based), in the criteria's order. */
    public List<IdentityGroup> groups(GroupCriteria criteria, int first, int max) {
        if (max <= 0) {
            return List.of();
        }
        Params params = new Params();
        StringBuilder order = new StringBuilder();
        criteria.order().forEach(o -> order.append(switch (o.by()) {
            case ID -> "id_";
            case NAME -> "name_";
            case TYPE -> "type_";
        }).append(o.descending() ? " desc, " : ", "));
        order.append("id_");
        // each kind keeps only its own first first+max rows (by the code's index for positions): the page is among them
        String branchLimit = params.bind((long) first + max);
        List<String> selects = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            branch(kind, criteria, params, false).ifPresent(b -> selects.add("(select " + b.columns + " from " + b.from
                    + " where " + b.where + " order by " + order + " limit " + branchLimit + ")"));
        }
        if (selects.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select id_, name_, type_ from (" + String.join(" union all ", selects) + ") g order by "
                + order + " limit " + params.bind(max) + " offset " + params.bind(first), params.source,
                (rs, i) -> new IdentityGroup(rs.getString(1), rs.getString(2), Kind.valueOf(rs.getString(3))));
    }

    public long countGroups(GroupCriteria criteria) {
        Params params = new Params();
        List<String> counts = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            branch(kind, criteria, params, true)
                    .ifPresent(b -> counts.add("(select count(*) from " + b.from + " where " + b.where + ")"));
        }
        return counts.isEmpty() ? 0
                : jdbc.queryForObject("select " + String.join(" + ", counts), params.source, Long.class);
    }

    /** The group of the id, in one indexed statement; a unit's id wins over a position code that reads the same. */
    public Optional<IdentityGroup> group(String groupId) {
        if (groupId == null) {
            return Optional.empty();
        }
        return groups(GroupCriteria.any().withId(groupId), 0, Kind.values().length).stream()
                .max(Comparator.comparing(IdentityGroup::kind));
    }

    /**
     * The ids of the person's groups: the positions they hold or act in today (acting first, then by the positions'
     * order), each followed by its unit, and the administrators' group if one of them is an administrator position.
     * One statement on the username's and the assignments' indexes.
     */
    public List<String> groupIdsOf(String username) {
        if (username == null) {
            return List.of();
        }
        Params params = new Params();
        Set<String> ids = new LinkedHashSet<>();
        jdbc.query("select p.code, p.unit_id, p.role from person pe join position_assignment a on a.person_id = pe.id"
                + " join org_position p on p.id = a.position_id where pe.username = " + params.bind(username) + " and "
                + fillingToday("a", params) + " order by a.kind, p.sort_order, p.id", params.source, rs -> {
                    ids.add(rs.getString(1));
                    ids.add(IdentityGroup.UNIT_PREFIX + rs.getLong(2));
                    if (PositionRole.ADMINISTRATOR.name().equals(rs.getString(3))) {
                        ids.add(IdentityGroup.ADMINISTRATORS);
                    }
                });
        return List.copyOf(ids);
    }

    /** One kind's part of a group statement: its columns (id_, name_, type_), tables and conditions. */
    private record Branch(String columns, String from, Filter where) {
    }

    private Optional<Branch> branch(Kind kind, GroupCriteria c, Params params, boolean counting) {
        if (c.type() != null && !c.type().equals(kind.name())) {
            return Optional.empty();
        }
        Filter f = new Filter(params);
        String id;
        String name;
        String from;
        String type = "'" + kind.name() + "' as type_";
        String member = c.member() == null ? null : params.bind(c.member());
        switch (kind) {
            case SYSTEM -> {
                id = params.bind(IdentityGroup.ADMINISTRATORS);
                name = params.bind(IdentityGroup.ADMINISTRATORS_NAME);
                from = "(select 1 as one) s";
                f.exact(id, c.id());
                f.exactIn(id, c.ids());
                if (member != null) {
                    f.add("exists (select 1 from person pe join position_assignment a on a.person_id = pe.id"
                            + " join org_position p on p.id = a.position_id where pe.username = " + member + " and "
                            + fillingToday("a", params) + " and p.role = " + params.bind(PositionRole.ADMINISTRATOR.name())
                            + ")");
                }
            }
            case POSITION -> {
                id = "p.code";
                name = "concat(p.title_th, ' (', u.name_th, ')')";
                boolean named = c.name() != null || c.nameLike() != null;
                from = counting && !named ? "org_position p" : "org_position p join org_unit u on u.id = p.unit_id";
                f.exact(id, c.id());
                f.exactIn(id, c.ids());
                if (member != null) {
                    f.add("p.id in (select a.position_id from person pe join position_assignment a on a.person_id = pe.id"
                            + " where pe.username = " + member + " and " + fillingToday("a", params) + ")");
                }
            }
            case UNIT -> {
                id = "concat(" + params.bind(IdentityGroup.UNIT_PREFIX) + ", u.id)";
                name = "u.name_th";
                from = "org_unit u";
                // by the unit's primary key: a group id that is no unit's ("unit-007", a code) matches no unit
                if (c.id() != null) {
                    unitOf(c.id()).ifPresentOrElse(unit -> f.add("u.id = " + params.bind(unit)), f::matchNothing);
                }
                if (c.ids() != null) {
                    List<Long> units = c.ids().stream().map(OrgIdentityQueries::unitOf).flatMap(Optional::stream).toList();
                    if (units.isEmpty()) {
                        f.matchNothing();
                    } else {
                        f.add("u.id in (" + params.bind(units) + ")");
                    }
                }
                if (member != null) {
                    f.add("u.id in (select p.unit_id from person pe join position_assignment a on a.person_id = pe.id"
                            + " join org_position p on p.id = a.position_id where pe.username = " + member + " and "
                            + fillingToday("a", params) + ")");
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
        f.exact(name, c.name());
        f.like(name, c.nameLike());
        return f.nothing ? Optional.empty()
                : Optional.of(new Branch(id + " as id_, " + name + " as name_, " + type, from, f));
    }

    // --- shared -----------------------------------------------------------------------------------------------------

    /** The unit a group id names ({@value IdentityGroup#UNIT_PREFIX} and the id exactly as the unit's group shows it). */
    private static Optional<Long> unitOf(String groupId) {
        if (groupId == null || !groupId.startsWith(IdentityGroup.UNIT_PREFIX)) {
            return Optional.empty();
        }
        String digits = groupId.substring(IdentityGroup.UNIT_PREFIX.length());
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return Optional.empty();
        }
        long id = Long.parseLong(digits);
        return String.valueOf(id).equals(digits) ? Optional.of(id) : Optional.empty();
    }

    /** The assignment makes its person fill the position today: holder or acting, in force today. */
    private String fillingToday(String a, Params params) {
        String today = params.bind(LocalDate.now(clock));
        return a + ".kind in (" + params.bind(FILLING) + ") and " + a + ".valid_from <= " + today + " and (" + a
                + ".valid_to is null or " + a + ".valid_to >= " + today + ")";
    }

    /** Camunda's LIKE: {@code %} is the only wildcard; {@code _} and the escape character itself are literal. */
    static String likePattern(String pattern) {
        StringBuilder escaped = new StringBuilder(pattern.length() + 8);
        for (char ch : pattern.toCharArray()) {
            if (ch == '!' || ch == '_') {
                escaped.append('!');
            }
            escaped.append(ch);
        }
        return escaped.toString();
    }

    /** The statement's bound values, named p0, p1, ...: only names of this class's own making reach the SQL text. */
    private static final class Params {

        final MapSqlParameterSource source = new MapSqlParameterSource();
        private int next;

        String bind(Object value) {
            String name = "p" + next++;
            source.addValue(name, value);
            return ":" + name;
        }
    }

    /** Conditions joined by "and"; {@link #nothing} once one of them can match no row at all. */
    private static final class Filter {

        private final Params params;
        private final List<String> conditions = new ArrayList<>();
        boolean nothing;

        Filter(Params params) {
            this.params = params;
        }

        void add(String condition) {
            conditions.add(condition);
        }

        void matchNothing() {
            nothing = true;
        }

        void exact(String column, String value) {
            if (value != null) {
                String p = params.bind(value);
                add(column + " = " + p + " and " + column + EXACT + " = " + p);
            }
        }

        void exactIn(String column, List<String> values) {
            if (values == null) {
                return;
            }
            if (values.isEmpty()) {
                matchNothing();
                return;
            }
            String p = params.bind(values);
            add(column + " in (" + p + ") and " + column + EXACT + " in (" + p + ")");
        }

        void like(String column, String pattern) {
            if (pattern != null) {
                add("lower(" + column + ")" + EXACT + " like lower(" + params.bind(likePattern(pattern)) + ") escape '!'");
            }
        }

        @Override
        public String toString() {
            return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
        }
    }
}
