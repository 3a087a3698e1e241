package th.tidtam.coordination.service;

import th.tidtam.casework.Clearance;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.casework.ActorStamp;
import th.tidtam.coordination.domain.CoordinationParty;
import th.tidtam.coordination.domain.CoordinationRequest;
import th.tidtam.org.PositionRole;
import th.tidtam.org.UnitKind;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.ProvinceScope;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.security.CurrentUser;

/**
 * Who may see and do what with a request. Sees it: the requesting position and every position above it, the head of
 * office, the governor and the vice governors, each agency party's head (and positions above it) and the rungs it was
 * escalated to. A classified request only the requester, the party heads, the head of office and the governor.
 * Requests may be made by any position of the provincial office's units and by any unit head.
 */
@Component
class CoordinationAccess {

    private final OrgDirectory org;
    private final CurrentUser currentUser;

    CoordinationAccess(OrgDirectory org, CurrentUser currentUser) {
        this.org = org;
        this.currentUser = currentUser;
    }

    List<CurrentPosition> mine() {
        // not through CaseAccess, which asks this module's visibility bean (a cycle)
        return currentUser.get().map(u -> org.positionsFilled(u.personId())).orElse(List.of());
    }

    static Set<Long> ids(Collection<CurrentPosition> positions) {
        return positions.stream().map(CurrentPosition::positionId).collect(Collectors.toSet());
    }

    static boolean hasRole(Collection<CurrentPosition> positions, PositionRole... roles) {
        return positions.stream().anyMatch(p -> p.role() != null && List.of(roles).contains(p.role()));
    }

    /** The head of office, the governor and the vice governors see every unclassified request of their province. */
    static boolean seesAllOpen(Collection<CurrentPosition> positions) {
        return hasRole(positions, PositionRole.HEAD_OF_OFFICE, PositionRole.GOVERNOR, PositionRole.VICE_GOVERNOR);
    }

    boolean sees(List<CurrentPosition> positions, CoordinationRequest r, List<CoordinationParty> parties) {
        if (positions.isEmpty() || !ProvinceScope.of(positions).includes(r.getProvinceId())) {
            return false; // another province's request does not exist for these positions
        }
        Set<Long> mine = ids(positions);
        if (r.getSecrecy().classified()) {
            // only through the positions cleared for its class (the one rule of Clearance)
            Set<Long> cleared = new java.util.HashSet<>(Clearance.clearedIds(positions, r.getSecrecy()));
            return Clearance.seesEveryClass(positions) || cleared.contains(r.getRequesterPositionId())
                    || parties.stream().anyMatch(p -> p.getHeadPositionId() != null && cleared.contains(p.getHeadPositionId()));
        }
        if (seesAllOpen(positions)) {
            return true;
        }
        Set<Long> reach = org.positionsAtOrBelow(mine);
        return reach.contains(r.getRequesterPositionId())
                || (r.getCreatedBy().positionId() != null && reach.contains(r.getCreatedBy().positionId()))
                || parties.stream().anyMatch(p -> (p.getHeadPositionId() != null && reach.contains(p.getHeadPositionId()))
                        || (p.getEscalatedToPositionId() != null && mine.contains(p.getEscalatedToPositionId())));
    }

    /** The position through which the current user acts for the requester (fills it), if any. */
    Optional<CurrentPosition> asRequester(List<CurrentPosition> positions, CoordinationRequest r) {
        return positions.stream().filter(p -> p.positionId().equals(r.getRequesterPositionId())).findFirst();
    }

    CurrentPosition requireRequester(List<CurrentPosition> positions, CoordinationRequest r, List<CoordinationParty> parties) {
        if (!sees(positions, r, parties)) {
            throw new ApiProblems.NotFound();
        }
        return asRequester(positions, r).orElseThrow(() -> new RuleViolation("coordination.error.not-requester"));
    }

    /** Positions of the current user that may ask for coordination: the provincial office's, and unit heads. */
    List<CurrentPosition> requesterPositions(List<CurrentPosition> positions) {
        return positions.stream().filter(p -> p.unitHead() || inProvincialOffice(p.unitId())).toList();
    }

    private boolean inProvincialOffice(Long unitId) {
        Long id = unitId;
        for (int depth = 0; id != null && depth < 10; depth++) {
            Optional<UnitSummary> unit = org.unit(id);
            if (unit.isEmpty()) {
                return false;
            }
            if (unit.get().kind() == UnitKind.PROVINCIAL_OFFICE) {
                return true;
            }
            id = unit.get().parentId();
        }
        return false;
    }

    ActorStamp stamp(CurrentPosition via) {
        return new ActorStamp(currentUser.require().personId(), via.positionId(), via.capacity());
    }

    Optional<Long> personId() {
        return currentUser.get().map(u -> u.personId());
    }
}
