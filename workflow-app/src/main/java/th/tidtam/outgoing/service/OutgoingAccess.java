package th.tidtam.outgoing.service;

import th.tidtam.casework.Clearance;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.casework.ActorStamp;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.ProvinceScope;
import th.tidtam.org.service.Provinces;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.outgoing.domain.OutgoingBook;
import th.tidtam.outgoing.domain.OutgoingBookRepository;
import th.tidtam.outgoing.domain.OutgoingLetter;
import th.tidtam.security.CurrentUser;

/**
 * Who may do what with the outgoing register, by the positions a person fills today:
 * <ul>
 * <li>the secretariat, the head of office and the administrator keep the books (owner codes, running starts);</li>
 * <li>clerks — the secretariat and the correspondence units ({@code tidtam.outgoing.clerk-unit-codes}) — register
 * letters signed on paper in any book and see every unclassified letter, as do the governor, the vice governors and
 * the head of office;</li>
 * <li>any position drafts in the book of its unit or of a unit above it, and sees those books' letters;</li>
 * <li>a classified letter (ลับ, ลับมาก) only its drafting and signing positions cleared for its class
 * ({@link Clearance}), the governor and the head of office.</li>
 * </ul>
 * All of it within one province: the books and letters of another province do not exist for anyone outside it (the
 * roles that see every book see every book of their own province).
 * Whoever may not see a letter is told it does not exist (404); someone who sees it but may not act is refused (403).
 */
@Component
class OutgoingAccess {

    private static final Set<PositionRole> SEE_ALL = Set.of(PositionRole.GOVERNOR, PositionRole.VICE_GOVERNOR,
            PositionRole.HEAD_OF_OFFICE, PositionRole.SECRETARIAT);
    private static final Set<PositionRole> KEEP_BOOKS = Set.of(PositionRole.SECRETARIAT, PositionRole.HEAD_OF_OFFICE,
            PositionRole.ADMINISTRATOR);
    private static final Set<PositionRole> TOP = Set.of(PositionRole.GOVERNOR, PositionRole.HEAD_OF_OFFICE);

    private final OrgDirectory org;
    private final Provinces allProvinces;
    private final CurrentUser currentUser;
    private final Set<String> clerkUnitCodes;
    private final OutgoingBookRepository books;

    OutgoingAccess(OrgDirectory org, Provinces allProvinces, CurrentUser currentUser, OutgoingBookRepository books,
            @Value("${tidtam.outgoing.clerk-unit-codes:GRP-ADMIN-CORR}") Set<String> clerkUnitCodes) {
        this.org = org;
        this.allProvinces = allProvinces;
        this.books = books;
        this.currentUser = currentUser;
        this.clerkUnitCodes = clerkUnitCodes;
    }

    /** The positions the current user fills today (none when nobody is signed in). */
    List<CurrentPosition> mine() {
        return currentUser.get().map(u -> org.positionsFilled(u.personId())).orElse(List.of());
    }

    /** Whether anyone is signed in (nobody: start-up work such as the demo loader). */
    boolean signedIn() {
        return currentUser.get().isPresent();
    }

    ActorStamp stamp(CurrentPosition via) {
        return new ActorStamp(currentUser.require().personId(), via.positionId(), via.capacity());
    }

    boolean keepsBooks(List<CurrentPosition> positions) {
        return positions.stream().anyMatch(p -> KEEP_BOOKS.contains(p.role()));
    }

    /** A book keeper's position in a province: the books are a province's (an installation-wide account keeps none). */
    CurrentPosition requireBookKeeper() {
        return mine().stream().filter(p -> KEEP_BOOKS.contains(p.role()) && inAProvince(p)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("only the secretariat, the head of office and the administrator keep the books"));
    }

    Optional<CurrentPosition> clerk(List<CurrentPosition> positions) {
        return positions.stream().filter(p -> p.role() == PositionRole.SECRETARIAT).findFirst()
                .or(() -> positions.stream().filter(p -> org.unit(p.unitId()).map(u -> clerkUnitCodes.contains(u.code()))
                        .orElse(false)).findFirst());
    }

    CurrentPosition requireClerk() {
        return clerk(mine()).orElseThrow(() -> new AccessDeniedException("only the correspondence clerks register signed letters"));
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

    /** The provinces whose books and letters the positions may see at all, for the queries' "in" lists. */
    Collection<Long> provinces(List<CurrentPosition> positions) {
        return scope(positions).idsForQuery();
    }

    /** Whether the book is of the positions' province (a book of another one is "not found"). */
    boolean inProvince(List<CurrentPosition> positions, OutgoingBook book) {
        return book != null && scope(positions).includes(book.getProvinceId());
    }

    /** Every book of the positions' province (not of another province's). */
    boolean seesEveryBook(List<CurrentPosition> positions) {
        return positions.stream().anyMatch(p -> SEE_ALL.contains(p.role())) || clerk(positions).isPresent();
    }

    /** The units whose books the position drafts in and sees: its own and every unit above it. */
    Set<Long> unitsAtOrAbove(CurrentPosition position) {
        Set<Long> units = new HashSet<>();
        Long unitId = position.unitId();
        while (unitId != null && units.add(unitId)) {
            unitId = org.unit(unitId).map(UnitSummary::parentId).orElse(null);
        }
        return units;
    }

    Set<Long> unitsAtOrAbove(List<CurrentPosition> positions) {
        Set<Long> units = new HashSet<>();
        positions.forEach(p -> units.addAll(unitsAtOrAbove(p)));
        return units;
    }

    boolean topOfOffice(List<CurrentPosition> positions) {
        return positions.stream().anyMatch(p -> TOP.contains(p.role()));
    }

    boolean sees(List<CurrentPosition> positions, OutgoingLetter letter) {
        return sees(positions, letter, books.findById(letter.getBookId()).map(OutgoingBook::getUnitId).orElse(null));
    }

    boolean sees(List<CurrentPosition> positions, OutgoingLetter letter, Long bookUnitId) {
        if (positions.isEmpty() || !scope(positions).includes(letter.getProvinceId())) {
            return false;
        }
        // a classified letter counts only the positions cleared for its class (the one rule of Clearance)
        Set<Long> mine = new HashSet<>(Clearance.clearedIds(positions, letter.getSecrecy()));
        boolean own = mine.contains(letter.getDraftedBy().positionId())
                || (letter.getSignedBy() != null && mine.contains(letter.getSignedBy().positionId()));
        if (letter.getSecrecy().classified()) {
            return own || topOfOffice(positions);
        }
        return own || seesEveryBook(positions) || (bookUnitId != null && unitsAtOrAbove(positions).contains(bookUnitId));
    }

    static ApiProblems.NotFound notFound() {
        return new ApiProblems.NotFound();
    }
}
