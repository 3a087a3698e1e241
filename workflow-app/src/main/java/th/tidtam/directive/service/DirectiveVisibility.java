package th.tidtam.directive.service;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import th.tidtam.org.PositionRole;
import th.tidtam.org.service.CurrentPosition;

/**
 * Who may see which directive, decided in SQL so that lists, counts and single reads agree:
 * <ul>
 * <li>the governor's and the head of office's positions see every directive;</li>
 * <li>otherwise a position sees a directive when it is on its route (issuer, a part's holder, the head of an
 * assigned unit, the position a part was delegated to or by, the position a late part was escalated to) or above such
 * a position in the chain of command, the vice governor supervising an assigned unit
 * included;</li>
 * <li>classified directives (ลับ, ลับมาก) only by the positions named on the route, the governor and the head of
 * office — not by everyone above them.</li>
 * </ul>
 */
@Component
class DirectiveVisibility {

    private static final String ROUTE = """
            select d2.id as directive_id, d2.issued_by_position_id as position_id from directive d2
            union all select p.directive_id, p.holder_position_id from directive_part p
            union all select p.directive_id, p.worker_position_id from directive_part p where p.worker_position_id is not null
            union all select p.directive_id, p.delegated_by_position_id from directive_part p
                      where p.delegated_by_position_id is not null
            union all select p.directive_id, p.escalated_to_position_id from directive_part p
                      where p.escalated_to_position_id is not null
            union all select p.directive_id, h.id from directive_part p
                      join org_position h on h.unit_id = p.unit_id and h.unit_head = true
            """;

    private final NamedParameterJdbcTemplate jdbc;

    DirectiveVisibility(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static boolean seesEverything(List<CurrentPosition> positions) {
        return positions.stream().anyMatch(p -> p.role() == PositionRole.GOVERNOR || p.role() == PositionRole.HEAD_OF_OFFICE);
    }

    /** Ids of the directives the positions may see, newest first. */
    List<Long> visibleIds(List<CurrentPosition> positions, int offset, int limit) {
        if (seesEverything(positions)) {
            return jdbc.queryForList("select id from directive order by issued_at desc, id desc limit :limit offset :offset",
                    Map.of("limit", limit, "offset", offset), Long.class);
        }
        if (positions.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList(visibleSql("d.id") + " order by d.issued_at desc, d.id desc limit :limit offset :offset",
                params(positions).addValue("limit", limit).addValue("offset", offset), Long.class);
    }

    long countVisible(List<CurrentPosition> positions) {
        if (seesEverything(positions)) {
            return jdbc.queryForObject("select count(*) from directive", Map.of(), Long.class);
        }
        if (positions.isEmpty()) {
            return 0;
        }
        return jdbc.queryForObject(visibleSql("count(*)"), params(positions), Long.class);
    }

    boolean canSee(List<CurrentPosition> positions, long directiveId) {
        if (seesEverything(positions)) {
            return true;
        }
        if (positions.isEmpty()) {
            return false;
        }
        Long n = jdbc.queryForObject(visibleSql("count(*)") + " and d.id = :directiveId",
                params(positions).addValue("directiveId", directiveId), Long.class);
        return n != null && n > 0;
    }

    /** Which of the given directives the positions may see, in one query. */
    List<Long> visibleAmong(List<CurrentPosition> positions, java.util.Collection<Long> ids) {
        if (ids.isEmpty() || positions.isEmpty()) {
            return List.of();
        }
        if (seesEverything(positions)) {
            return List.copyOf(ids);
        }
        return jdbc.queryForList(visibleSql("d.id") + " and d.id in (:ids)", params(positions).addValue("ids", ids), Long.class);
    }

    /**
     * A sub-select of the directive ids the positions may see, for queries that aggregate over directives (the
     * dashboard); empty when they see everything, so such queries need no filter at all.
     */
    java.util.Optional<VisibleDirectives> visibleSubquery(List<CurrentPosition> positions) {
        if (seesEverything(positions)) {
            return java.util.Optional.empty();
        }
        if (positions.isEmpty()) {
            return java.util.Optional.of(new VisibleDirectives("select id from directive where 1 = 0", Map.of()));
        }
        return java.util.Optional.of(new VisibleDirectives(visibleSql("d.id"), params(positions).getValues()));
    }

    private static MapSqlParameterSource params(List<CurrentPosition> positions) {
        return new MapSqlParameterSource("mine", positions.stream().map(CurrentPosition::positionId).toList());
    }

    private static String visibleSql(String select) {
        return """
                with recursive below (id, depth) as (
                    select id, 0 from org_position where id in (:mine)
                    union all
                    select p.id, b.depth + 1 from org_position p join below b on p.reports_to_id = b.id where b.depth < 64
                ),
                route as (%s)
                select %s from directive d
                 where ((d.secrecy = 'NONE' and exists (select 1 from route r join below b on b.id = r.position_id
                                                        where r.directive_id = d.id))
                    or (d.secrecy = 'NONE' and exists (select 1 from directive_part p
                                                         join unit_supervision s on s.unit_id = p.unit_id
                                                        where p.directive_id = d.id and s.supervisor_position_id in (:mine)))
                    or (d.secrecy <> 'NONE' and exists (select 1 from route r
                                                        where r.directive_id = d.id and r.position_id in (:mine))))
                """.formatted(ROUTE, select);
    }
}
