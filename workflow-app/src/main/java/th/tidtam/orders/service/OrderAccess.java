package th.tidtam.orders.service;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.casework.ActorStamp;
import th.tidtam.orders.domain.ProvincialOrder;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.ProvinceScope;
import th.tidtam.org.service.Provinces;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.security.CurrentUser;

/**
 * Who may do what with orders, by the positions a person fills today (holder or acting):
 * <ul>
 * <li>the HR group ({@code tidtam.orders.drafting-unit-codes}), the secretariat and the head of office draft, change
 * and cancel orders;</li>
 * <li>a signed order is a public document of the province: every position sees it;</li>
 * <li>a draft is seen by the drafters, the governor, the vice governors, the head of office and the heads of units
 * (the levels a memo presenting it passes).</li>
 * </ul>
 * All of it within the order's province: another province's orders, signed or not, do not exist for anyone outside it.
 * Whoever may not see an order is told it does not exist (404); someone who sees it but may not act is refused (403).
 */
@Component
class OrderAccess {

    private static final Set<PositionRole> DRAFT_ROLES = Set.of(PositionRole.SECRETARIAT, PositionRole.HEAD_OF_OFFICE);
    private static final Set<PositionRole> SEE_DRAFTS = Set.of(PositionRole.GOVERNOR, PositionRole.VICE_GOVERNOR,
            PositionRole.HEAD_OF_OFFICE, PositionRole.SECRETARIAT);

    private final OrgDirectory org;
    private final Provinces allProvinces;
    private final CurrentUser currentUser;
    private final Set<String> draftingUnits;

    OrderAccess(OrgDirectory org, Provinces allProvinces, CurrentUser currentUser,
            @Value("${tidtam.orders.drafting-unit-codes:GRP-HR}") Set<String> draftingUnits) {
        this.org = org;
        this.allProvinces = allProvinces;
        this.currentUser = currentUser;
        this.draftingUnits = draftingUnits;
    }

    /** The positions the current user fills today (none when nobody is signed in). */
    List<CurrentPosition> mine() {
        return currentUser.get().map(u -> org.positionsFilled(u.personId())).orElse(List.of());
    }

    Optional<CurrentPosition> drafter(List<CurrentPosition> positions) {
        return positions.stream().filter(p -> DRAFT_ROLES.contains(p.role()) || inDraftingUnit(p)).findFirst();
    }

    boolean mayDraft() {
        return drafter(mine()).isPresent();
    }

    /** The position the current user drafts orders in; refused for anyone else. */
    CurrentPosition requireDrafter() {
        return drafter(mine()).orElseThrow(() -> new AccessDeniedException("only the HR group, the secretariat and the head of office draft orders"));
    }

    ActorStamp stamp(CurrentPosition via) {
        return new ActorStamp(currentUser.require().personId(), via.positionId(), via.capacity());
    }

    /**
     * The provinces the positions lie in. A position of no province (an installation-wide account, a unit not placed
     * under a province) counts as the only province's while the installation serves just one, as the database's
     * triggers place its rows; with several it counts for none.
     */
    ProvinceScope scope(java.util.Collection<CurrentPosition> positions) {
        return allProvinces.scopeOf(positions);
    }

    /** The province of a record created in this position's name ({@link #scope}'s rule for a position of none). */
    long provinceOf(CurrentPosition position) {
        return allProvinces.provinceOfNewRecord(position);
    }

    /** Whether a record can be created in this position's name (it lies in a province, by {@link #provinceOf}). */
    boolean inAProvince(CurrentPosition position) {
        return allProvinces.inAProvince(position);
    }

    /** The provinces whose orders the positions may see at all, for the queries' "in" lists. */
    java.util.Collection<Long> provinces(List<CurrentPosition> positions) {
        return scope(positions).idsForQuery();
    }

    boolean sees(List<CurrentPosition> positions, ProvincialOrder order) {
        if (positions.isEmpty() || !scope(positions).includes(order.getProvinceId())) {
            return false;
        }
        return order.getStatus().signed() || drafter(positions).isPresent()
                || positions.stream().anyMatch(p -> SEE_DRAFTS.contains(p.role()) || p.unitHead());
    }

    private boolean inDraftingUnit(CurrentPosition p) {
        return p.unitId() != null && org.unit(p.unitId()).map(UnitSummary::code).filter(draftingUnits::contains).isPresent();
    }

    static ApiProblems.NotFound notFound() {
        return new ApiProblems.NotFound();
    }
}
