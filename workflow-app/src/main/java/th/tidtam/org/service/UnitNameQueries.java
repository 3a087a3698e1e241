package th.tidtam.org.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.tidtam.org.domain.OrgUnitRepository;
import th.tidtam.org.domain.UnitAlias;
import th.tidtam.org.domain.UnitAliasRepository;

/**
 * The names and aliases units are found by (the pickers, the minutes' extraction, the unit API), read in two queries
 * whatever the count, and the search over them. {@link OrgDirectory} publishes them, with its province variants.
 */
@Component
class UnitNameQueries {

    private final OrgUnitRepository units;
    private final UnitAliasRepository aliases;

    UnitNameQueries(OrgUnitRepository units, UnitAliasRepository aliases) {
        this.units = units;
        this.aliases = aliases;
    }

    /** Every unit that can take directives, in the units' list order (sort order, then Thai name), with its aliases. */
    List<UnitNames> unitNames() {
        Map<Long, List<String>> byUnit = aliasesByUnit();
        return units.findAllWithParent().stream().filter(u -> u.getKind().takesDirectives())
                .map(u -> new UnitNames(u.getId(), u.getNameTh(), u.getNameEn(), u.getKind(),
                        byUnit.getOrDefault(u.getId(), List.of())))
                .toList();
    }

    /** The names that match the query: exact matches of a whole name or alias first, then the others in list order. */
    static List<UnitNames> find(List<UnitNames> names, String query, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<UnitNames> found = names.stream().filter(u -> u.matches(query)).toList();
        List<UnitNames> result = new ArrayList<>(found.stream().filter(u -> u.matchesExactly(query)).toList());
        found.stream().filter(u -> !u.matchesExactly(query)).forEach(result::add);
        return result.size() > limit ? List.copyOf(result.subList(0, limit)) : result;
    }

    /** The aliases of every unit (of any kind) that has some, by unit id, each unit's in the order they were added. */
    Map<Long, List<String>> aliasesByUnit() {
        Map<Long, List<String>> byUnit = new LinkedHashMap<>();
        for (UnitAlias a : aliases.findAllByOrderByUnitIdAscIdAsc()) {
            byUnit.computeIfAbsent(a.getUnitId(), k -> new ArrayList<>()).add(a.getAlias());
        }
        return byUnit;
    }

    Optional<UnitAliasSummary> alias(Long aliasId) {
        return aliases.findById(aliasId).map(UnitNameQueries::summary);
    }

    /** The unit's aliases with their ids, in the order they were added. */
    List<UnitAliasSummary> aliasesOf(Long unitId) {
        return aliases.findByUnitIdOrderByIdAsc(unitId).stream().map(UnitNameQueries::summary).toList();
    }

    private static UnitAliasSummary summary(UnitAlias a) {
        return new UnitAliasSummary(a.getId(), a.getUnitId(), a.getAlias());
    }
}
