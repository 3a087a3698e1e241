package th.tidtam.process;

import th.tidtam.casework.Urgency;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.time.ThaiDigits;

/**
 * "My work": the open tasks of a set of positions, read from the application's own read model ({@code work_item},
 * kept in step with the engine by {@link WorkItemProjection}), never from Camunda's task query. One SQL statement
 * per page, driven by the index {@code ix_work_item_group_inbox (group_code, urgency_rank, due_sort, created_at)}.
 * Who fills which position is resolved by the caller at read time (OrgDirectory.positionsFilled), so a change of
 * holder needs no rewrite of work items.
 */
@Service
@Transactional(readOnly = true)
public class WorkInbox {

    static final String INDEX = "ix_work_item_group_inbox";

    private static final String COLUMNS = """
            w.task_id, w.process_instance_id, w.process_definition_key, w.task_definition_key, w.name, w.assignee,
            w.business_key, w.created_at, w.due_at, w.follow_up_at, w.priority, w.case_type, w.case_id, w.case_number,
            w.subject, w.urgency, w.secrecy, w.case_part_id,
            (select group_concat(x.group_code order by x.group_code separator ',') from work_item_group x
              where x.task_id = w.task_id) as candidate_groups""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    WorkInbox(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A page of the positions' open work: most urgent first, then earliest due (no due date last), then oldest.
     * A task that is a candidate of several of the positions appears once.
     */
    public List<WorkItem> forPositions(Collection<String> positionCodes, InboxFilter filter, int offset, int limit) {
        if (positionCodes.isEmpty() || limit <= 0) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        params.addValue("limit", limit).addValue("offset", Math.max(0, offset));
        return jdbc.query(topSql(positionCodes, filter, params), params, WorkInbox::toItem);
    }

    /**
     * The page as a merge of each position's own top rows: every position's part is read in index order and stops
     * after {@code offset + limit} rows, so a page costs the same with a thousand open tasks or a million (one
     * {@code IN} list over several positions would have to sort all their tasks first). A task that is a candidate of
     * several of the positions has the same sort keys in each, so {@code distinct} keeps it once.
     */
    private String topSql(Collection<String> positionCodes, InboxFilter filter, MapSqlParameterSource params) {
        List<String> codes = List.copyOf(new java.util.TreeSet<>(positionCodes));
        // as a long: an offset near Integer.MAX_VALUE must not wrap into a negative LIMIT
        params.addValue("window", (long) (Integer) params.getValue("offset") + (Integer) params.getValue("limit"));
        StringBuilder union = new StringBuilder();
        for (int i = 0; i < codes.size(); i++) {
            params.addValue("code" + i, codes.get(i));
            union.append(i == 0 ? "" : " union all ").append("(select g.task_id, g.urgency_rank, g.due_sort, g.created_at")
                    .append(" from work_item_group g").append(filter.text() == null || filter.text().isBlank() ? ""
                            : " join work_item w on w.task_id = g.task_id")
                    .append(" where g.group_code = :code").append(i).append(filters(filter, params))
                    .append(" order by g.urgency_rank, g.due_sort, g.created_at, g.task_id limit :window)");
        }
        return "select " + COLUMNS + " from (select distinct t.task_id, t.urgency_rank, t.due_sort, t.created_at from ("
                + union + ") t order by t.urgency_rank, t.due_sort, t.created_at, t.task_id limit :limit offset :offset) g"
                + " join work_item w on w.task_id = g.task_id order by g.urgency_rank, g.due_sort, g.created_at, g.task_id";
    }

    /** How many open tasks {@link #forPositions} would show across all pages. */
    public int count(Collection<String> positionCodes, InboxFilter filter) {
        if (positionCodes.isEmpty()) {
            return 0;
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        Integer n = jdbc.queryForObject("select count(*)" + pageSql(positionCodes, filter, params), params, Integer.class);
        return n == null ? 0 : n;
    }

    public Optional<WorkItem> byTaskId(String taskId) {
        return jdbc.query("select " + COLUMNS + " from work_item w where w.task_id = :taskId",
                new MapSqlParameterSource("taskId", taskId), WorkInbox::toItem).stream().findFirst();
    }

    /** The inbox query's SQL and parameters, for EXPLAIN in tests. */
    String explainablePageSql(Collection<String> positionCodes, InboxFilter filter, MapSqlParameterSource params) {
        params.addValue("limit", 50).addValue("offset", 0);
        return topSql(positionCodes, filter, params);
    }

    private String pageSql(Collection<String> positionCodes, InboxFilter filter, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder("""
                 from work_item_group g
                 join work_item w on w.task_id = g.task_id
                where g.group_code in (:codes)
                  and not exists (select 1 from work_item_group d
                                   where d.task_id = g.task_id and d.group_code in (:codes) and d.group_code < g.group_code)
                """);
        params.addValue("codes", List.copyOf(positionCodes));
        sql.append(filters(filter, params));
        return sql.toString();
    }

    private String filters(InboxFilter filter, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder();
        if (!filter.urgencies().isEmpty()) {
            sql.append(" and g.urgency_rank in (:ranks)");
            params.addValue("ranks", filter.urgencies().stream().map(Urgency::rank).toList());
        }
        if (filter.overdueOnly()) {
            // tasks without a due date have due_sort 9999-12-31: never overdue
            sql.append(" and g.due_sort < :now");
            params.addValue("now", Timestamp.from(clock.instant()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.append(" and w.search_text like :text escape '!'");
            params.addValue("text", "%" + likeEscaped(ThaiDigits.toArabic(filter.text().trim())) + "%");
        }
        return sql.toString();
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static WorkItem toItem(ResultSet rs, int row) throws SQLException {
        String groups = rs.getString("candidate_groups");
        return new WorkItem(rs.getString("task_id"), rs.getString("process_instance_id"),
                rs.getString("process_definition_key"), rs.getString("task_definition_key"), rs.getString("name"),
                groups == null ? List.of() : new ArrayList<>(Arrays.asList(groups.split(","))), rs.getString("assignee"),
                rs.getString("business_key"), instant(rs, "created_at"), instant(rs, "due_at"), instant(rs, "follow_up_at"),
                rs.getInt("priority"), rs.getString("case_type"), rs.getObject("case_id", Long.class),
                rs.getString("case_number"), rs.getString("subject"), Urgency.of(rs.getString("urgency")).orElse(null),
                rs.getString("secrecy"), rs.getObject("case_part_id", Long.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
