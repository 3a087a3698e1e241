package th.tidtam.directive.service;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import th.tidtam.casework.Clearance;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.ProvinceScope;

/**
 * Who may see which directive, decided in SQL so that lists, counts and single reads agree:
 * <ul>
 * <li>nothing of another province exists for the user (404): every rule below holds within the provinces of the user's
 * positions ({@link ProvinceScope}), so an installation-wide account sees no directive at all;</li>
 * <li>the governor's and the head of office's positions see every directive of their province;</li>
 * <li>otherwise a position sees a directive when it is on its route (issuer, a part's holder, the head of an
 * assigned unit, the position a part was delegated to or by, the position a late part was escalated to) or above such
 * a position in the chain of command, the vice governor supervising an assigned unit
 * included;</li>
 * <li>classified directives (ลับ, ลับมาก) only by the positions named on the route whose clearance covers the
 * directive's class ({@link Clearance}), the governor and the head of office — not by everyone above them.</li>
 * </ul>
 * The chain of command is org's: {@link OrgDirectory} answers which positions lie at or below the user's, which units
 * those positions head and which units the user's positions supervise, and the directive's own query takes those id
 * sets as parameters. No query here reads org's tables.
 */
@Component
class DirectiveVisibility {

    /** No id is negative: an empty id set becomes this, as {@code in ()} is no SQL. */
    private static final List<Long> NONE = List.of(-1L);

    private final NamedParameterJdbcTemplate jdbc;
    private final OrgDirectory org;

    DirectiveVisibility(NamedParameterJdbcTemplate jdbc, OrgDirectory org) {
        this.jdbc = jdbc;
        this.org = org;
    }

    /** Sees every directive of their own province (never of another). */
    static boolean seesEverything(List<CurrentPosition> positions) {
        return Clearance.seesEveryClass(positions);
    }

    /** The provinces the positions lie in, for {@code d.province_id in (:visProvinces)}; never empty. */
    private static MapSqlParameterSource provinces(List<CurrentPosition> positions) {
        return new MapSqlParameterSource("visProvinces", ProvinceScope.of(positions).idsForQuery());
    }

    /** Ids of the directives the positions may see, newest first. */
    List<Long> visibleIds(List<CurrentPosition> positions, int offset, int limit) {
        if (seesEverything(positions)) {
            return jdbc.queryForList("select id from directive where province_id in (:visProvinces)"
                    + " order by issued_at desc, id desc limit :limit offset :offset",
                    provinces(positions).addValue("limit", limit).addValue("offset", offset), Long.class);
        }
        if (positions.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList(visibleSql("d.id") + " order by d.issued_at desc, d.id desc limit :limit offset :offset",
                params(positions).addValue("limit", limit).addValue("offset", offset), Long.class);
    }

    long countVisible(List<CurrentPosition> positions) {
        if (seesEverything(positions)) {
            return jdbc.queryForObject("select count(*) from directive where province_id in (:visProvinces)",
                    provinces(positions), Long.class);
        }
        if (positions.isEmpty()) {
            return 0;
        }
        return jdbc.queryForObject(visibleSql("count(*)"), params(positions), Long.class);
    }

    boolean canSee(List<CurrentPosition> positions, long directiveId) {
        if (positions.isEmpty()) {
            return false;
        }
        if (seesEverything(positions)) {
            Long n = jdbc.queryForObject("select count(*) from directive where id = :directiveId and province_id in (:visProvinces)",
                    provinces(positions).addValue("directiveId", directiveId), Long.class);
            return n != null && n > 0;
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
            return jdbc.queryForList("select id from directive where id in (:ids) and province_id in (:visProvinces)",
                    provinces(positions).addValue("ids", ids), Long.class);
        }
        return jdbc.queryForList(visibleSql("d.id") + " and d.id in (:ids)", params(positions).addValue("ids", ids), Long.class);
    }

    /**
     * A condition on {@code d} (the directive table's alias in the caller's query) that holds for the directives the
     * positions may see, for this module's queries that aggregate over directives (the dashboard's figures): only the
     * province's for those who see everything in it, the route's for the others.
     */
    VisibleDirectives visibleCondition(List<CurrentPosition> positions) {
        if (positions.isEmpty()) {
            return new VisibleDirectives("1 = 0", Map.of());
        }
        if (seesEverything(positions)) {
            return new VisibleDirectives("d.province_id in (:visProvinces)", provinces(positions).getValues());
        }
        return new VisibleDirectives("d.province_id in (:visProvinces) and d.id in (" + visibleSql("d.id") + ")",
                params(positions).getValues());
    }

    /**
     * The id sets the query needs, from org: the user's positions and every position below them ({@code visBelow});
     * the units headed by a position at or below them or supervised by one of them ({@code visReached}); and per
     * class, the user's own positions cleared for it ({@code visConfidential}, {@code visSecret}) and the units those
     * head ({@code visHeadedConfidential}, {@code visHeadedSecret}).
     */
    private MapSqlParameterSource params(List<CurrentPosition> positions) {
        List<Long> mine = positions.stream().map(CurrentPosition::positionId).distinct().toList();
        Set<Long> below = org.positionsAtOrBelow(mine);
        Map<Long, Long> headed = org.unitsHeadedBy(below);
        Set<Long> reached = new LinkedHashSet<>(headed.values());
        reached.addAll(org.unitsSupervisedBy(mine));
        MapSqlParameterSource params = provinces(positions).addValue("visBelow", orNone(below))
                .addValue("visReached", orNone(reached));
        // a classified directive counts only the user's own positions cleared for its class, and the units they head
        for (SecrecyClass secrecy : List.of(SecrecyClass.CONFIDENTIAL, SecrecyClass.SECRET)) {
            String suffix = secrecy == SecrecyClass.SECRET ? "Secret" : "Confidential";
            List<Long> cleared = Clearance.clearedIds(positions, secrecy);
            Set<Long> headedCleared = new LinkedHashSet<>();
            cleared.forEach(p -> {
                if (headed.containsKey(p)) {
                    headedCleared.add(headed.get(p));
                }
            });
            params.addValue("vis" + suffix, cleared).addValue("visHeaded" + suffix, orNone(headedCleared));
        }
        return params;
    }

    private static Collection<Long> orNone(Collection<Long> ids) {
        return ids.isEmpty() ? NONE : ids;
    }

    /**
     * The route of a directive is its issuer and, of each part, the holder, the worker it was delegated to, the
     * position that delegated it and the position a late part was escalated to; the head of an assigned unit is on
     * it too, which the unit id sets express. Each directive is probed through its own parts (by directive id), never
     * a route of every part of every directive.
     */
    private static String visibleSql(String select) {
        return """
                select %s from directive d
                 where d.province_id in (:visProvinces)
                   and ((d.secrecy = 'NONE' and (d.issued_by_position_id in (:visBelow)
                                                 or exists (select 1 from directive_part p where p.directive_id = d.id
                                                               and (%s or p.unit_id in (:visReached)))))
                    or (d.secrecy = 'CONFIDENTIAL' and %s)
                    or (d.secrecy = 'SECRET' and %s))
                """.formatted(select, onPartRoute("visBelow"), classifiedRoute("visConfidential", "visHeadedConfidential"),
                        classifiedRoute("visSecret", "visHeadedSecret"));
    }

    /** On a classified directive's route through a position cleared for its class (see {@link Clearance}). */
    private static String classifiedRoute(String positions, String headed) {
        return """
                (d.issued_by_position_id in (:%1$s)
                 or exists (select 1 from directive_part p where p.directive_id = d.id and (%2$s or p.unit_id in (:%3$s))))
                """.formatted(positions, onPartRoute(positions), headed);
    }

    private static String onPartRoute(String positions) {
        return ("p.holder_position_id in (:%1$s) or p.worker_position_id in (:%1$s)"
                + " or p.delegated_by_position_id in (:%1$s) or p.escalated_to_position_id in (:%1$s)").formatted(positions);
    }
}
