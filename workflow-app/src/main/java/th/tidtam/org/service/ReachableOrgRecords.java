package th.tidtam.org.service;

import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.org.domain.Assignment;
import th.tidtam.org.domain.AssignmentRepository;
import th.tidtam.org.domain.OrgUnit;
import th.tidtam.org.domain.OrgUnitRepository;
import th.tidtam.org.domain.Person;
import th.tidtam.org.domain.PersonRepository;
import th.tidtam.org.domain.Position;
import th.tidtam.org.domain.PositionRepository;

/**
 * The org records {@link OrgAdministration} changes, found only within what the caller may reach ({@link OrgReach}):
 * outside it a record is "not found", exactly as an unknown id, never "forbidden".
 */
@Component
class ReachableOrgRecords {

    private final OrgUnitRepository units;
    private final PositionRepository positions;
    private final PersonRepository people;
    private final AssignmentRepository assignments;

    ReachableOrgRecords(OrgUnitRepository units, PositionRepository positions, PersonRepository people,
            AssignmentRepository assignments) {
        this.units = units;
        this.positions = positions;
        this.people = people;
        this.assignments = assignments;
    }

    OrgUnit unit(Long unitId, OrgReach reach) {
        return units.findById(unitId == null ? -1L : unitId).filter(u -> reach.includes(u.getProvinceId()))
                .orElseThrow(() -> new RuleViolation("org.error.unit-not-found"));
    }

    /** The position, locked (see {@link OrgAdministration#assign}), when the caller reaches its province. */
    Position position(Long positionId, OrgReach reach) {
        return (positionId == null ? java.util.Optional.<Position>empty() : positions.lockById(positionId))
                .filter(p -> reach.includes(p.getUnit().getProvinceId()))
                .orElseThrow(() -> new RuleViolation("org.error.position-not-found"));
    }

    Person person(Long personId, OrgReach reach) {
        return people.findById(personId == null ? -1L : personId).filter(p -> reach.includes(p.getProvinceId())
                // a new person the installation's administrator created belongs to no province until assigned
                || reach.everything())
                .orElseThrow(() -> new RuleViolation("org.error.person-not-found"));
    }

    Assignment assignment(Long assignmentId, OrgReach reach) {
        return assignments.findById(assignmentId == null ? -1L : assignmentId)
                .filter(a -> reach.includes(a.getPosition().getUnit().getProvinceId()))
                .orElseThrow(() -> new RuleViolation("org.error.assignment-not-found"));
    }

    /** The superior a position in {@code unit} reports to: of the unit's province, never another's. */
    Position superior(OrgUnit unit, Long reportsToId, OrgReach reach) {
        Position superior = positions.findById(reportsToId).filter(p -> reach.includes(p.getUnit().getProvinceId()))
                .orElseThrow(() -> new RuleViolation("org.error.position-not-found"));
        if (OrgAdministration.otherProvinces(superior.getUnit().getProvinceId(), unit.getProvinceId())) {
            throw new RuleViolation("org.error.reports-to-other-province");
        }
        return superior;
    }
}
