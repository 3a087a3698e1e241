package th.tidtam.memo.service;

import th.tidtam.casework.Clearance;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.casework.ActorStamp;
import th.tidtam.memo.domain.Memo;
import th.tidtam.memo.domain.MemoReachRepository;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.ProvinceScope;
import th.tidtam.org.service.Provinces;
import th.tidtam.security.CurrentUser;

/**
 * Who may see and act on a memo. Only people of its province see it at all (another province's memo is "not found");
 * there it is seen by the drafter's position, every position it reached, the governor and the
 * head of office — a classified memo only through positions cleared for its class ({@link Clearance}) — nobody else
 * (404). Acted on by whoever fills (holds or acts in) the position it
 * waits at today; decided at the addressee, or elsewhere on the route by a delegation on the addressee position
 * that covers the memo's matter that day.
 */
@Component
class MemoAccess {


    private final OrgDirectory org;
    private final Provinces allProvinces;
    private final CurrentUser currentUser;
    private final MemoReachRepository reach;
    private final MemoAuthority authority;

    MemoAccess(OrgDirectory org, Provinces allProvinces, CurrentUser currentUser, MemoReachRepository reach, MemoAuthority authority) {
        this.org = org;
        this.allProvinces = allProvinces;
        this.currentUser = currentUser;
        this.reach = reach;
        this.authority = authority;
    }

    /** The positions the current user fills today (none when nobody is signed in). */
    List<CurrentPosition> mine() {
        return currentUser.get().map(u -> org.positionsFilled(u.personId())).orElse(List.of());
    }

    Long personId() {
        return currentUser.require().personId();
    }

    static List<Long> ids(Collection<CurrentPosition> positions) {
        return positions.stream().map(CurrentPosition::positionId).toList();
    }

    /** The governor and the head of office see every memo of their province (their province's only). */
    static boolean seesAll(List<CurrentPosition> positions) {
        return Clearance.seesEveryClass(positions);
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

    /** The provinces whose memos the positions may see at all, for the lists' queries. */
    java.util.Collection<Long> provinces(List<CurrentPosition> positions) {
        return scope(positions).idsForQuery();
    }

    boolean sees(List<CurrentPosition> positions, Memo memo) {
        if (positions.isEmpty() || !scope(positions).includes(memo.getProvinceId())) {
            return false;
        }
        // a classified memo only through the positions cleared for its class (the one rule of Clearance)
        return seesAll(positions) || reach.existsByMemoIdAndPositionIdIn(memo.getId(),
                Clearance.clearedIds(positions, memo.getSecrecy()));
    }

    /** The memo if the current user may see it; otherwise "not found", as for a wrong id. */
    Memo visible(Optional<Memo> memo) {
        return memo.filter(m -> sees(mine(), m)).orElseThrow(ApiProblems.NotFound::new);
    }

    /** The current user's position that fills the given one today; refused otherwise. */
    CurrentPosition requireFilling(Long positionId, String refusalKey) {
        return mine().stream().filter(p -> p.positionId().equals(positionId)).findFirst()
                .orElseThrow(() -> new RuleViolation(refusalKey));
    }

    Optional<CurrentPosition> filling(Long positionId) {
        return mine().stream().filter(p -> p.positionId().equals(positionId)).findFirst();
    }

    ActorStamp stamp(CurrentPosition via) {
        return new ActorStamp(personId(), via.positionId(), via.capacity());
    }

    /** The current user's delegation on the addressee covering the matter today, as a stamp, if any. */
    Optional<ActorStamp> delegation(Long addresseeId, String matter) {
        Long person = personId();
        return authority.covers(person, addresseeId, matter, org.today())
                ? Optional.of(new ActorStamp(person, addresseeId, AssignmentKind.DELEGATION)) : Optional.empty();
    }

    /** Whether the current user holds any delegation on the addressee today (to tell "not covered" from "not yours"). */
    boolean delegated(Long addresseeId) {
        return org.currentPositions(personId()).stream()
                .anyMatch(p -> p.capacity() == AssignmentKind.DELEGATION && p.positionId().equals(addresseeId));
    }
}
