package th.tidtam.org.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole unit tree and the supervision order (which vice governor supervises which unit) as of one reading: for
 * screens that walk the tree many times in one request (the dashboard), so the walks cost no query. A unit's
 * <em>sphere</em> is the supervising position of the unit or of the nearest unit above it that has one, the same rule
 * as {@link OrgDirectory#supervisingPosition}. Walks stop at a depth of 64, as every walk of the chain of command does.
 */
public final class UnitTree {

    private static final int MAX_DEPTH = 64;

    private final Map<Long, UnitSummary> units;
    private final Map<Long, Long> supervisorOfUnit;
    private final Map<Long, Optional<Long>> sphereCache = new HashMap<>();

    UnitTree(List<UnitSummary> units, Map<Long, Long> supervisorOfUnit) {
        this.units = new LinkedHashMap<>();
        units.forEach(u -> this.units.put(u.id(), u));
        this.supervisorOfUnit = Map.copyOf(supervisorOfUnit);
    }

    /** Every unit, in the tree's reading order (sort order, then Thai name). */
    public Collection<UnitSummary> units() {
        return units.values();
    }

    public Optional<UnitSummary> unit(long unitId) {
        return Optional.ofNullable(units.get(unitId));
    }

    public boolean contains(long unitId) {
        return units.containsKey(unitId);
    }

    /** The supervising position of the unit's sphere, or null when neither it nor any unit above it is supervised. */
    public Long sphereOf(long unitId) {
        return sphereCache.computeIfAbsent(unitId, id -> {
            Long u = id;
            for (int depth = 0; u != null && depth < MAX_DEPTH; depth++, u = parentOf(u)) {
                Long supervisor = supervisorOfUnit.get(u);
                if (supervisor != null) {
                    return Optional.of(supervisor);
                }
            }
            return Optional.empty();
        }).orElse(null);
    }

    /** Every position that supervises at least one unit (the vice governors of the supervision order). */
    public Set<Long> supervisors() {
        return new LinkedHashSet<>(supervisorOfUnit.values());
    }

    /** The units whose sphere is one of the given supervising positions (sub-units included). */
    public Set<Long> unitsInSpheres(Collection<Long> supervisorPositionIds) {
        Set<Long> result = new LinkedHashSet<>();
        for (Long u : units.keySet()) {
            Long sphere = sphereOf(u);
            if (sphere != null && supervisorPositionIds.contains(sphere)) {
                result.add(u);
            }
        }
        return result;
    }

    /** The units in no sphere at all. */
    public Set<Long> unitsInNoSphere() {
        Set<Long> result = new LinkedHashSet<>();
        units.keySet().stream().filter(u -> sphereOf(u) == null).forEach(result::add);
        return result;
    }

    /** The unit and every unit below it, any depth. */
    public Set<Long> unitAndBelow(long unitId) {
        Set<Long> result = new LinkedHashSet<>();
        for (Long u : units.keySet()) {
            Long x = u;
            for (int depth = 0; x != null && depth < MAX_DEPTH; depth++, x = parentOf(x)) {
                if (x == unitId) {
                    result.add(u);
                    break;
                }
            }
        }
        return result;
    }

    private Long parentOf(Long unitId) {
        UnitSummary node = units.get(unitId);
        return node == null ? null : node.parentId();
    }
}
