package th.tidtam.memo.service;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.ProvinceSummary;
import th.tidtam.org.service.Provinces;

/**
 * The memo's route read from the chain of command in the database on the day the memo moves: the chain above the
 * drafter, the vice governor before the governor (the one supervising the drafter's unit, else the one holding a
 * delegation on the addressee that day), and who fills each level that day (holders and acting holders).
 */
@Component
class MemoRouting {

    private final OrgDirectory org;
    private final Provinces provinces;

    MemoRouting(OrgDirectory org, Provinces provinces) {
        this.org = org;
        this.provinces = provinces;
    }

    /** The positions a memo of this drafter may be addressed to: its levels to the governor (and the VG). */
    List<PositionSummary> addressees(Long drafterPositionId) {
        Long governor = governor(drafterPositionId);
        List<Long> levels = MemoRoute.plan(chainAbove(drafterPositionId), governor, governor,
                viceGovernor(drafterPositionId, governor));
        return org.summaries(levels);
    }

    /** The levels from the drafter to the addressee, refused when the addressee is not above the drafter. */
    List<MemoRoute.Level> levels(Long drafterPositionId, Long addresseeId) {
        List<Long> planned = MemoRoute.plan(chainAbove(drafterPositionId), addresseeId, governor(drafterPositionId),
                viceGovernor(drafterPositionId, addresseeId));
        if (planned.isEmpty()) {
            throw new RuleViolation("memo.error.addressee-not-above");
        }
        return org.summaries(planned).stream().map(p -> new MemoRoute.Level(p.id(), p.vacant())).toList();
    }

    /** Where the memo goes after {@code from} (null: from the drafter); empty at the top. */
    Optional<MemoRoute.Step> next(Long drafterPositionId, Long addresseeId, Long from) {
        return MemoRoute.next(levels(drafterPositionId, addresseeId), from);
    }

    /** The position's code: the candidate group of its tasks. */
    String group(Long positionId) {
        return org.position(positionId).map(PositionSummary::code).orElseThrow();
    }

    private List<Long> chainAbove(Long positionId) {
        return org.chainAbove(positionId).stream().map(PositionSummary::id).toList();
    }

    /** The governor of the drafter's province: a memo never climbs into another province. */
    Long governor(Long drafterPositionId) {
        // a position of no province (a unit not placed in one) is the only province's while there is just one
        Long province = org.position(drafterPositionId).map(PositionSummary::provinceId)
                .or(() -> provinces.onlyOne().map(ProvinceSummary::id)).orElse(null);
        return province == null ? null : org.positionWithRole(province, PositionRole.GOVERNOR).orElse(null);
    }

    private Long viceGovernor(Long drafterPositionId, Long addresseeId) {
        Optional<Long> supervising = org.position(drafterPositionId).map(PositionSummary::unitId)
                .flatMap(org::supervisingPosition);
        if (supervising.isPresent()) {
            return supervising.get();
        }
        if (addresseeId == null) {
            return null;
        }
        // no VG supervises the drafter's unit (the provincial office's own groups): the VG deciding on the
        // addressee's behalf by delegation that day is the level before it
        return org.position(addresseeId).stream().flatMap(p -> p.actors().stream())
                .filter(a -> a.kind() == AssignmentKind.DELEGATION)
                .flatMap(a -> org.positionsFilled(a.personId()).stream())
                .filter(p -> p.role() == PositionRole.VICE_GOVERNOR).map(p -> p.positionId()).findFirst().orElse(null);
    }
}
