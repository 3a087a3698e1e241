package th.tidtam.org.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionSummary;

/**
 * What the org screen shows an administrator, for scripts: positions and people. A province's administrator reads
 * their province's only (another province's position or person is not found, as an unknown id); the installation's
 * administrator reads all of them.
 */
@RestController
@RequestMapping("/api/org")
@RolesAllowed({ "ADMIN", "PROVINCE_ADMIN" })
class OrgAdminController {

    record Position(Long id, String code, String titleTh, String titleEn, Long unitId, Long reportsToId,
            boolean unitHead, PositionRole role, Long provinceId) {
        static Position of(PositionSummary p) {
            return new Position(p.id(), p.code(), p.titleTh(), p.titleEn(), p.unitId(), p.reportsToId(), p.unitHead(),
                    p.role(), p.provinceId());
        }
    }

    record Person(Long id, String username, String fullNameTh, String fullNameEn, boolean enabled, Long provinceId) {
        static Person of(PersonSummary p) {
            return new Person(p.id(), p.username(), p.fullNameTh(), p.fullNameEn(), p.enabled(), p.provinceId());
        }
    }

    private final OrgDirectory directory;

    OrgAdminController(OrgDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/positions")
    List<Position> positions() {
        return directory.positionsInReach().stream().map(Position::of).toList();
    }

    @GetMapping("/positions/{id}")
    Position position(@PathVariable long id) {
        return directory.positionInReach(id).map(Position::of)
                .orElseThrow(() -> new ApiProblems.NotFound("org.error.position-not-found"));
    }

    @GetMapping("/people")
    List<Person> people() {
        return directory.peopleInReach().stream().map(Person::of).toList();
    }

    @GetMapping("/people/{id}")
    Person person(@PathVariable long id) {
        return directory.personInReach(id).map(Person::of)
                .orElseThrow(() -> new ApiProblems.NotFound("org.error.person-not-found"));
    }
}
