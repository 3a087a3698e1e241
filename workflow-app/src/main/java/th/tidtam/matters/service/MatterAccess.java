package th.tidtam.matters.service;

import th.tidtam.casework.Clearance;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.lateness.EscalationLadder;
import th.tidtam.matters.MatterSource;
import th.tidtam.matters.PartStatus;
import th.tidtam.matters.domain.Matter;
import th.tidtam.matters.domain.MatterPart;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.ProvinceScope;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.security.CurrentUser;

/**
 * Who may do what with matters, by the positions a person fills today:
 * <ul>
 * <li>register: the head of office, the Damrongdhama centre's positions ({@code tidtam.matters.complaint-unit-codes}),
 * the correspondence clerks (role SECRETARIAT or {@code tidtam.letters.clerk-unit-codes});</li>
 * <li>the route — the registering position, the head of office, every live part's holder and the rungs its lateness
 * reached — sees the matter and the complainant's personal data;</li>
 * <li>the governor, the vice governors, the positions of a unit that holds or declined a part, and (unclassified) the
 * Damrongdhama centre for complaints see the matter without the personal data.</li>
 * </ul>
 */
@Component
class MatterAccess {

    private final OrgDirectory org;
    private final CurrentUser currentUser;
    private final EscalationLadder ladder;
    private final Set<String> clerkUnits;
    private final Set<String> complaintUnits;

    MatterAccess(OrgDirectory org, CurrentUser currentUser, EscalationLadder ladder,
            @Value("${tidtam.letters.clerk-unit-codes:GRP-ADMIN-CORR}") Set<String> clerkUnits,
            @Value("${tidtam.matters.complaint-unit-codes:GRP-DAMRONGDHAMA}") Set<String> complaintUnits) {
        this.org = org;
        this.currentUser = currentUser;
        this.ladder = ladder;
        this.clerkUnits = clerkUnits;
        this.complaintUnits = complaintUnits;
    }

    List<CurrentPosition> mine() {
        return currentUser.get().map(u -> org.positionsFilled(u.personId())).orElse(List.of());
    }

    ActorStamp stamp(CurrentPosition via) {
        return new ActorStamp(currentUser.require().personId(), via.positionId(), via.capacity());
    }

    Optional<CurrentPosition> registrar(List<CurrentPosition> positions) {
        return positions.stream().filter(p -> p.role() == PositionRole.HEAD_OF_OFFICE).findFirst()
                .or(() -> positions.stream().filter(p -> inUnits(p, complaintUnits)).findFirst())
                .or(() -> positions.stream().filter(p -> p.role() == PositionRole.SECRETARIAT || inUnits(p, clerkUnits)).findFirst());
    }

    boolean mayRegister() {
        return registrar(mine()).isPresent();
    }

    CurrentPosition requireRegistrar() {
        return registrar(mine()).orElseThrow(() -> new AccessDeniedException(
                "only the head of office, the Damrongdhama centre and the correspondence clerks register matters"));
    }

    boolean complaintDesk(CurrentPosition p) {
        return inUnits(p, complaintUnits);
    }

    /** The provinces a list of these positions holds to (lists and searches read no other province's rows). */
    static java.util.Collection<Long> provinces(List<CurrentPosition> positions) {
        return ProvinceScope.of(positions).idsForQuery();
    }

    static boolean headOfOffice(List<CurrentPosition> positions) {
        return positions.stream().anyMatch(p -> p.role() == PositionRole.HEAD_OF_OFFICE);
    }

    /** The positions on the matter's route: they see the complainant's personal data. */
    Set<Long> route(Matter matter, Collection<MatterPart> parts) {
        Set<Long> route = new LinkedHashSet<>();
        route.add(matter.getRegisteredBy().positionId());
        org.positionWithRole(matter.getProvinceId(), PositionRole.HEAD_OF_OFFICE).ifPresent(route::add);
        for (MatterPart part : parts) {
            if (part.getStatus() == PartStatus.DECLINED) {
                continue;
            }
            route.add(part.getHolderPositionId());
            List<Long> rungs = ladder.rungs(part.getHolderPositionId(), part.getUnitId(), matter.getSecrecy());
            route.addAll(rungs.subList(0, Math.min(part.getEscalationLevel(), rungs.size())));
        }
        return route;
    }

    boolean onRoute(List<CurrentPosition> positions, Matter matter, Collection<MatterPart> parts) {
        Set<Long> route = route(matter, parts);
        return positions.stream().anyMatch(p -> route.contains(p.positionId()));
    }

    boolean sees(List<CurrentPosition> positions, Matter matter, Collection<MatterPart> parts) {
        if (positions.isEmpty() || !ProvinceScope.of(positions).includes(matter.getProvinceId())) {
            return false; // another province's matter does not exist for these positions
        }
        // the governor and the head of office see every matter of their province; a classified one otherwise only through the route's
        // positions cleared for its class (the one rule of Clearance)
        if (Clearance.seesEveryClass(positions) || positions.stream().anyMatch(p -> p.role() == PositionRole.GOVERNOR)
                || onRoute(Clearance.clearedFor(positions, matter.getSecrecy()), matter, parts)) {
            return true;
        }
        if (matter.getSecrecy().classified()) {
            return false;
        }
        Set<Long> units = new LinkedHashSet<>();
        parts.forEach(p -> units.add(p.getUnitId()));
        return positions.stream().anyMatch(p -> p.role() == PositionRole.VICE_GOVERNOR
                || (p.unitId() != null && units.contains(p.unitId()))
                || (matter.getSource() == MatterSource.COMPLAINT && complaintDesk(p)));
    }

    /** The position through which one of mine works the part: its holder, or a position of the holding unit. */
    Optional<CurrentPosition> worker(List<CurrentPosition> positions, MatterPart part) {
        return positions.stream().filter(p -> p.positionId().equals(part.getHolderPositionId())).findFirst()
                .or(() -> positions.stream().filter(p -> part.getUnitId().equals(p.unitId())).findFirst());
    }

    private boolean inUnits(CurrentPosition p, Set<String> codes) {
        return p.unitId() != null && org.unit(p.unitId()).map(UnitSummary::code).filter(codes::contains).isPresent();
    }

    static ApiProblems.NotFound notFound() {
        return new ApiProblems.NotFound();
    }
}
