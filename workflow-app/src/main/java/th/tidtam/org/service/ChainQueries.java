package th.tidtam.org.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import th.tidtam.org.AssignmentKind;
import th.tidtam.org.PositionRole;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.UnitKind;

/**
 * The chain-of-command questions other modules ask in bulk, answered with plain JDBC over org's own tables: no JPA
 * flush, no entities, one indexed query each whatever the number of ids. {@link OrgDirectory} publishes them.
 */
@Component
class ChainQueries {

    private static final String UNIT_COLUMNS = "u.id, u.parent_id, u.code, u.name_th, u.name_en, u.kind, u.province_id";

    private final NamedParameterJdbcTemplate jdbc;

    ChainQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<Long> positionsAtOrBelow(Collection<Long> positionIds) {
        if (positionIds.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.queryForList("""
                with recursive below (id, depth) as (
                    select id, 0 from org_position where id in (:ids)
                    union all
                    select p.id, b.depth + 1 from org_position p join below b on p.reports_to_id = b.id where b.depth < 64
                )
                select distinct id from below
                """, new MapSqlParameterSource("ids", positionIds), Long.class));
    }

    Map<Long, Long> unitsHeadedBy(Collection<Long> positionIds) {
        Map<Long, Long> headed = new LinkedHashMap<>();
        if (positionIds.isEmpty()) {
            return headed;
        }
        jdbc.query("select id, unit_id from org_position where unit_head = true and id in (:ids)",
                new MapSqlParameterSource("ids", positionIds), rs -> {
                    headed.put(rs.getLong(1), rs.getLong(2));
                });
        return headed;
    }

    Set<Long> unitsSupervisedBy(Collection<Long> positionIds) {
        if (positionIds.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.queryForList(
                "select unit_id from unit_supervision where supervisor_position_id in (:ids)",
                new MapSqlParameterSource("ids", positionIds), Long.class));
    }

    UnitTree unitTree() {
        List<UnitSummary> units = jdbc.query("select " + UNIT_COLUMNS + " from org_unit u order by u.sort_order, u.name_th, u.id",
                (rs, i) -> unit(rs));
        Map<Long, Long> supervised = new HashMap<>();
        jdbc.query("select unit_id, supervisor_position_id from unit_supervision", rs -> {
            supervised.put(rs.getLong(1), rs.getLong(2));
        });
        return new UnitTree(units, supervised);
    }

    List<UnitSummary> unitsInOrder(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select " + UNIT_COLUMNS + " from org_unit u where u.id in (:ids) order by u.sort_order, u.name_th, u.id",
                new MapSqlParameterSource("ids", unitIds), (rs, i) -> unit(rs));
    }

    private static final String FILLED_ON = """
            select a.position_id, p.code, p.title_th, p.title_en, p.unit_id, u.name_th, u.name_en, p.role, p.unit_head,
                   p.clearance, a.kind, a.valid_to, a.order_number, a.delegated_powers, u.province_id
              from position_assignment a join org_position p on p.id = a.position_id join org_unit u on u.id = p.unit_id
             where a.person_id = ? and a.valid_from <= ? and (a.valid_to is null or a.valid_to >= ?)
             order by case a.kind when 'HOLDER' then 0 when 'ACTING' then 1 else 2 end, p.sort_order, p.id
            """;

    List<CurrentPosition> positionsOn(Connection connection, long personId, LocalDate day) {
        try (PreparedStatement ps = connection.prepareStatement(FILLED_ON)) {
            ps.setLong(1, personId);
            ps.setObject(2, day);
            ps.setObject(3, day);
            List<CurrentPosition> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new CurrentPosition(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getString(6), rs.getString(7), PositionRole.valueOf(rs.getString(8)),
                            rs.getBoolean(9), SecrecyClass.valueOf(rs.getString(10)), AssignmentKind.valueOf(rs.getString(11)),
                            rs.getObject(12, LocalDate.class), rs.getString(13), rs.getString(14),
                            rs.getObject(15, Long.class)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not read the positions a person filled", e);
        }
    }

    private static UnitSummary unit(ResultSet rs) throws SQLException {
        long parent = rs.getLong(2);
        Long parentId = rs.wasNull() ? null : parent;
        return new UnitSummary(rs.getLong(1), rs.getString(3), rs.getString(4), rs.getString(5),
                UnitKind.valueOf(rs.getString(6)), parentId, rs.getObject(7, Long.class));
    }
}
