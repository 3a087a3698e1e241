package th.tidtam.letters.service;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.Clearance;
import th.tidtam.letters.domain.IncomingLetter;
import th.tidtam.letters.domain.LetterRouteRepository;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.ProvinceScope;
import th.tidtam.org.service.Provinces;
import th.tidtam.security.CurrentUser;

/**
 * Who may do what with the incoming register, by the positions a person fills today:
 * <ul>
 * <li>the correspondence section registers letters: positions with role SECRETARIAT or in a unit listed in
 * {@code tidtam.letters.clerk-unit-codes} (default the งานสารบรรณ unit {@code GRP-ADMIN-CORR});</li>
 * <li>the correspondence section, the vice governors, the head of office and the governor see the unclassified
 * register; every position also sees the letters it registered or is on the route of;</li>
 * <li>a classified letter (ลับ, ลับมาก) only the registering position and the positions on its route whose clearance
 * covers its class ({@link Clearance}), the governor and the head of office see.</li>
 * </ul>
 * All of it within the letter's province: a letter of another province does not exist for anyone outside it, whatever
 * their role (the "sees everything" roles and the clerks see everything of their own province).
 * What a person may not see does not exist for them (404); someone who sees a letter but may not do a step gets 403.
 */
@Component
class LetterAccess {

    private final OrgDirectory org;
    private final Provinces allProvinces;
    private final CurrentUser currentUser;
    private final LetterRouteRepository route;
    private final Set<String> clerkUnitCodes;

    LetterAccess(OrgDirectory org, Provinces allProvinces, CurrentUser currentUser, LetterRouteRepository route,
            @Value("${tidtam.letters.clerk-unit-codes:GRP-ADMIN-CORR}") Set<String> clerkUnitCodes) {
        this.org = org;
        this.allProvinces = allProvinces;
        this.currentUser = currentUser;
        this.route = route;
        this.clerkUnitCodes = clerkUnitCodes;
    }

    /** The positions the current user fills today (none when nobody is signed in). */
    List<CurrentPosition> mine() {
        return currentUser.get().map(u -> org.positionsFilled(u.personId())).orElse(List.of());
    }

    /** The positions' ids; never empty (no position is -1), as queries take them in an "in" list. */
    static List<Long> ids(List<CurrentPosition> positions) {
        return positions.isEmpty() ? List.of(-1L) : positions.stream().map(CurrentPosition::positionId).toList();
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

    /** The provinces whose registers the positions may read at all, for the queries' "in" lists. */
    java.util.Collection<Long> provinces(List<CurrentPosition> positions) {
        return scope(positions).idsForQuery();
    }

    /** The governor and the head of office see every letter of their province, classified or not. */
    static boolean seesEverything(List<CurrentPosition> positions) {
        return Clearance.seesEveryClass(positions);
    }

    /** Whether the positions see the unclassified register as a whole. */
    boolean seesRegister(List<CurrentPosition> positions) {
        return seesEverything(positions) || clerk(positions).isPresent()
                || positions.stream().anyMatch(p -> p.role() == PositionRole.VICE_GOVERNOR);
    }

    /** The first of the positions that belongs to the correspondence section. */
    Optional<CurrentPosition> clerk(List<CurrentPosition> positions) {
        return positions.stream().filter(p -> p.role() == PositionRole.SECRETARIAT).findFirst()
                .or(() -> positions.stream().filter(p -> p.unitId() != null && org.unit(p.unitId())
                        .map(u -> clerkUnitCodes.contains(u.code())).orElse(false)).findFirst());
    }

    /** The clerk's position of the current user; refused for anyone else. */
    CurrentPosition requireClerk() {
        return clerk(mine()).orElseThrow(() -> new AccessDeniedException("only the correspondence section registers letters"));
    }

    boolean sees(List<CurrentPosition> positions, IncomingLetter letter) {
        if (positions.isEmpty() || !scope(positions).includes(letter.getProvinceId())) {
            return false;
        }
        if (seesEverything(positions)) {
            return true;
        }
        // a classified letter counts only the positions cleared for its class (the one rule of Clearance)
        List<Long> ids = Clearance.clearedIds(positions, letter.getSecrecy());
        if (ids.contains(letter.getRegisteredBy().positionId()) || route.onRoute(letter.getId(), ids)) {
            return true;
        }
        return !letter.getSecrecy().classified() && seesRegister(positions);
    }

    /**
     * The current user's position through which they handle the letter now: the handler position itself, or the one
     * doing its work while it is vacant (as the task's candidate group is chosen).
     */
    Optional<CurrentPosition> handlerVia(List<CurrentPosition> positions, IncomingLetter letter) {
        Long handler = letter.getHandlerPositionId();
        if (handler == null) {
            return Optional.empty();
        }
        Long responsible = org.responsiblePosition(handler).orElse(handler);
        return positions.stream().filter(p -> p.positionId().equals(handler)).findFirst()
                .or(() -> positions.stream().filter(p -> p.positionId().equals(responsible)).findFirst());
    }

    ActorStamp stamp(CurrentPosition via) {
        return new ActorStamp(currentUser.require().personId(), via.positionId(), via.capacity());
    }

    static ApiProblems.NotFound notFound() {
        return new ApiProblems.NotFound();
    }
}
