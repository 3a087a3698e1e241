package th.tidtam.org.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.org.UnitKind;
import th.tidtam.org.service.OrgAliases;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitAliasSummary;
import th.tidtam.org.service.UnitSummary;

/**
 * The units of the chain of command with their aliases and abbreviations, for scripts that issue directives, route
 * work or read minutes; the administrator adds and removes aliases here as on the org screen. Every answer covers the
 * caller's province only ({@link OrgDirectory#callerReach()}; the installation's administrator all of them): a unit
 * of another province is not found.
 */
@RestController
@RequestMapping("/api/units")
class UnitsController {

    record Unit(Long id, String code, String nameTh, String nameEn, UnitKind kind, Long parentId, List<String> aliases) {
    }

    record FoundUnit(long id, String nameTh, String nameEn, UnitKind kind, List<String> aliases) {
    }

    record AliasBody(String alias) {
    }

    /** Longer than any name or alias: a query this long finds nothing, and is not worth matching. */
    private static final int MAX_QUERY = 300;
    private static final int MAX_LIMIT = 100;

    private final OrgDirectory directory;
    private final OrgAliases aliases;

    UnitsController(OrgDirectory directory, OrgAliases aliases) {
        this.directory = directory;
        this.aliases = aliases;
    }

    @GetMapping
    List<Unit> units() {
        Map<Long, List<String>> byUnit = directory.aliasesByUnit();
        return directory.visibleUnits().stream().filter(u -> u.kind() != UnitKind.SYSTEM)
                .map(u -> unit(u, byUnit.getOrDefault(u.id(), List.of()))).toList();
    }

    @GetMapping("/{id}")
    Unit unit(@PathVariable long id) {
        UnitSummary unit = directory.visibleUnit(id).filter(u -> u.kind() != UnitKind.SYSTEM)
                .orElseThrow(() -> new ApiProblems.NotFound("org.error.unit-not-found"));
        return unit(unit, directory.aliasesOf(id).stream().map(UnitAliasSummary::alias).toList());
    }

    private static Unit unit(UnitSummary u, List<String> aliases) {
        return new Unit(u.id(), u.code(), u.nameTh(), u.nameEn(), u.kind(), u.parentId(), aliases);
    }

    /**
     * Units that can take directives whose name or alias contains {@code q} (letter case, spaces, dots and Thai digits
     * do not matter), exact matches first; at most {@code limit} (1 to 100).
     */
    @GetMapping("/search")
    List<FoundUnit> search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "20") int limit) {
        if (q.length() > MAX_QUERY) {
            return List.of();
        }
        int n = Math.max(1, Math.min(limit, MAX_LIMIT));
        // a province's people find their province's units; the installation's administrator every unit
        return directory.findVisibleUnits(q, n).stream()
                .map(u -> new FoundUnit(u.unitId(), u.nameTh(), u.nameEn(), u.kind(), u.aliases())).toList();
    }

    @PostMapping("/{id}/aliases")
    @RolesAllowed({ "ADMIN", "PROVINCE_ADMIN" })
    ResponseEntity<UnitAliasSummary> addAlias(@PathVariable long id, @RequestBody AliasBody body) {
        if (directory.unitInReach(id).isEmpty()) {
            throw new ApiProblems.NotFound("org.error.unit-not-found");
        }
        UnitAliasSummary added = aliases.add(id, body == null ? null : body.alias());
        return ResponseEntity.created(URI.create("/api/units/aliases/" + added.id())).body(added);
    }

    @DeleteMapping("/aliases/{id}")
    @RolesAllowed({ "ADMIN", "PROVINCE_ADMIN" })
    ResponseEntity<Void> removeAlias(@PathVariable long id) {
        UnitAliasSummary alias = directory.alias(id).filter(a -> directory.unitInReach(a.unitId()).isPresent())
                .orElseThrow(() -> new ApiProblems.NotFound("org.alias.error.not-found"));
        aliases.remove(alias.unitId(), alias.id());
        return ResponseEntity.noContent().build();
    }
}
