package th.tidtam.org.service;

import static th.tidtam.org.service.OrgFieldRules.optionalMultilineText;
import static th.tidtam.org.service.OrgFieldRules.requireCode;
import static th.tidtam.org.service.OrgFieldRules.requireMultilineText;
import static th.tidtam.org.service.OrgFieldRules.requireText;

import java.time.LocalDate;
import java.util.Objects;

import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.domain.AssignmentRepository;
import th.tidtam.org.domain.OrgUnit;
import th.tidtam.org.domain.OrgUnitRepository;
import th.tidtam.org.domain.PositionRepository;

/**
 * The checks of a whole unit, position or assignment form against what is already stored (codes taken, a unit's head,
 * cycles, overlapping periods), shared by {@link OrgAdministration} and {@link ProvinceAdministration}: a province's
 * root unit obeys the same rules as any unit. {@link OrgFieldRules} checks one field; this checks how the fields and
 * the stored chain of command fit together. Each check throws a {@link RuleViolation} before anything is written.
 */
@Component
class OrgFormRules {

    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    private final OrgUnitRepository units;
    private final PositionRepository positions;
    private final AssignmentRepository assignments;
    private final ReachableOrgRecords reachable;

    OrgFormRules(OrgUnitRepository units, PositionRepository positions, AssignmentRepository assignments,
            ReachableOrgRecords reachable) {
        this.units = units;
        this.positions = positions;
        this.assignments = assignments;
        this.reachable = reachable;
    }

    /** The form with its names cleaned by the free-text rule. */
    UnitForm unit(UnitForm form, Long unitId) {
        requireCode(form.code());
        String nameTh = requireText(form.nameTh(), "org.field.name-th", OrgAdministration.MAX_NAME);
        String nameEn = requireText(form.nameEn(), "org.field.name-en", OrgAdministration.MAX_NAME);
        if (form.kind() == null) {
            throw new RuleViolation("org.error.kind-required");
        }
        units.findByCode(form.code().trim()).filter(u -> !u.getId().equals(unitId)).ifPresent(u -> {
            throw new RuleViolation("org.error.code-taken", form.code().trim());
        });
        return new UnitForm(form.code(), nameTh, nameEn, form.kind(), form.parentId());
    }

    /** The unit's new parent (null for none): never the unit itself or below it, never of another province. */
    OrgUnit newParent(OrgUnit unit, Long parentId, OrgReach reach) {
        if (parentId == null) {
            return null;
        }
        if (units.countInSubtree(unit.getId(), parentId) > 0) {
            throw new RuleViolation("org.error.unit-cycle");
        }
        OrgUnit parent = reachable.unit(parentId, reach);
        if (!Objects.equals(parent.getProvinceId(), unit.getProvinceId())) {
            // a unit's cases, numbers and people stay with its province: it never moves to another
            throw new RuleViolation("org.error.unit-other-province");
        }
        return parent;
    }

    /** The form with its titles cleaned by the free-text rule. */
    PositionForm position(PositionForm form, Long positionId) {
        requireCode(form.code());
        String titleTh = requireText(form.titleTh(), "org.field.title-th", OrgAdministration.MAX_NAME);
        String titleEn = requireText(form.titleEn(), "org.field.title-en", OrgAdministration.MAX_NAME);
        if (form.unitId() == null) {
            throw new RuleViolation("org.error.position-needs-unit");
        }
        if (positionId != null && positionId.equals(form.reportsToId())) {
            throw new RuleViolation("org.error.reports-to-cycle");
        }
        positions.findByCode(form.code().trim()).filter(p -> !p.getId().equals(positionId)).ifPresent(p -> {
            throw new RuleViolation("org.error.code-taken", form.code().trim());
        });
        if (form.unitHead()) {
            positions.findHeadOfUnit(form.unitId()).filter(p -> !p.getId().equals(positionId)).ifPresent(p -> {
                throw new RuleViolation("org.error.unit-has-head", p.getTitleTh());
            });
        }
        return new PositionForm(form.code(), titleTh, titleEn, form.unitId(), form.reportsToId(), form.unitHead(),
                form.role(), form.clearance());
    }

    /** The form with its texts cleaned by the free-text rule (blank powers and note as null). */
    AssignmentForm assignment(AssignmentForm form, Long assignmentId) {
        if (form.personId() == null) {
            throw new RuleViolation("org.error.person-required");
        }
        if (form.kind() == null) {
            throw new RuleViolation("org.error.kind-required");
        }
        if (form.validFrom() == null) {
            throw new RuleViolation("org.error.start-required");
        }
        if (form.validTo() != null && form.validTo().isBefore(form.validFrom())) {
            throw new RuleViolation("org.error.period-ends-before-start");
        }
        String orderNumber = requireText(form.orderNumber(), "org.field.order-number", OrgAdministration.MAX_ORDER_NUMBER);
        if (form.orderDate() == null) {
            throw new RuleViolation("org.error.order-date-required");
        }
        String powers;
        if (form.kind() == AssignmentKind.DELEGATION) {
            powers = requireMultilineText(form.delegatedPowers(), "org.field.delegated-powers", OrgAdministration.MAX_POWERS);
        } else {
            powers = optionalMultilineText(form.delegatedPowers(), "org.field.delegated-powers", OrgAdministration.MAX_POWERS);
            LocalDate until = form.validTo() == null ? OPEN_END : form.validTo();
            long overlapping = assignments.countOverlapping(form.positionId(), form.kind(), form.validFrom(), until, assignmentId);
            if (overlapping > 0) {
                throw new RuleViolation(form.kind() == AssignmentKind.ACTING ? "org.error.acting-overlap"
                        : "org.error.holder-overlap");
            }
        }
        String note = optionalMultilineText(form.note(), "org.field.note", OrgAdministration.MAX_NOTE);
        return new AssignmentForm(form.positionId(), form.personId(), form.kind(), form.validFrom(), form.validTo(),
                orderNumber, form.orderDate(), powers, note);
    }
}
