package th.tidtam.org.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import th.tidtam.org.UnitKind;
import th.tidtam.org.service.OrgDirectory;

/** The units of the chain of command, for scripts that issue directives or route work. */
@RestController
@RequestMapping("/api/units")
class UnitsController {

    record Unit(Long id, String code, String nameTh, String nameEn, UnitKind kind, Long parentId) {
    }

    private final OrgDirectory directory;

    UnitsController(OrgDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    List<Unit> units() {
        return directory.allUnits().stream().filter(u -> u.kind() != UnitKind.SYSTEM)
                .map(u -> new Unit(u.id(), u.code(), u.nameTh(), u.nameEn(), u.kind(), u.parentId()))
                .toList();
    }
}
