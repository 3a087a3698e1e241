package th.tidtam.outgoing.service;

import th.tidtam.org.SecrecyClass;
import th.tidtam.casework.Clearance;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.outgoing.LetterSummary;
import th.tidtam.outgoing.OutgoingStatus;
import th.tidtam.outgoing.domain.OutgoingBook;
import th.tidtam.outgoing.domain.OutgoingBookRepository;
import th.tidtam.outgoing.domain.OutgoingLetter;
import th.tidtam.outgoing.domain.OutgoingLetterRepository;

/**
 * Outgoing drafts: written by any position in the book of its unit or of a unit above it, changed by the drafting
 * position until signed, withdrawn before signing; and the letters a user may see, newest first.
 */
@Service
public class OutgoingDrafts {

    static final int MAX_PAGE = 500;

    private final OutgoingLetterRepository letters;
    private final OutgoingBookRepository books;
    private final OutgoingAccess access;
    private final LetterFields fields;
    private final Timeline timeline;
    private final Clock clock;

    private final Clearance clearance;
    OutgoingDrafts(OutgoingLetterRepository letters, OutgoingBookRepository books, OutgoingAccess access,
            LetterFields fields, Timeline timeline, Clock clock, Clearance clearance) {
        this.clearance = clearance;
        this.letters = letters;
        this.books = books;
        this.access = access;
        this.fields = fields;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Transactional
    public LetterSummary draft(LetterForm form) {
        List<CurrentPosition> mine = access.mine();
        OutgoingBook book = fields.book(form);
        CurrentPosition via = mine.stream().filter(p -> access.unitsAtOrAbove(p).contains(book.getUnitId())).findFirst()
                .orElseThrow(() -> new RuleViolation("outgoing.error.not-your-book", book.getOwnerCode()));
        // the drafting position is on a classified letter's route: it must be cleared for the class
        clearance.requireCleared(via.positionId(), form == null ? null : form.secrecy(), OutgoingCase.TYPE, null, "draft");
        Instant now = clock.instant();
        OutgoingLetter letter = new OutgoingLetter(book.getProvinceId(), book.getId(), access.stamp(via), now);
        fields.write(letter, form, null, now);
        letters.saveAndFlush(letter);
        timeline.record(OutgoingCase.of(letter.getId()), null, OutgoingEvent.DRAFTED, letter.getDraftedBy(),
                letter.getText().subject(), now);
        return OutgoingViews.letter(letter, book);
    }

    /** Changes a draft (also while its memo is up the chain); the book stays, as the memo refers to it. */
    @Transactional
    public LetterSummary update(long id, LetterForm form) {
        OutgoingLetter letter = lockVisible(id);
        CurrentPosition via = requireDrafter(letter);
        if (!letter.getStatus().editable()) {
            throw new RuleViolation("outgoing.error.not-editable", letter.getStatus().name());
        }
        if (form != null && form.bookId() != null && !form.bookId().equals(letter.getBookId())) {
            throw new RuleViolation("outgoing.error.book-fixed");
        }
        if (form != null && form.secrecy() != null && form.secrecy() != letter.getSecrecy()) {
            // a raised class re-checks the letter's route: its drafting and (if any) signing positions
            clearance.requireCleared(letter.getDraftedBy().positionId(), form.secrecy(), OutgoingCase.TYPE, id, "reclassify");
            if (letter.getSignedBy() != null) {
                clearance.requireCleared(letter.getSignedBy().positionId(), form.secrecy(), OutgoingCase.TYPE, id, "reclassify");
            }
        }
        Instant now = clock.instant();
        fields.write(letter, form, letter.getBookId(), now);
        letters.saveAndFlush(letter);
        timeline.record(OutgoingCase.of(id), null, OutgoingEvent.CHANGED, access.stamp(via), null, now);
        return OutgoingViews.letter(letter, books.findById(letter.getBookId()).orElse(null));
    }

    @Transactional
    public LetterSummary withdraw(long id) {
        OutgoingLetter letter = lockVisible(id);
        CurrentPosition via = requireDrafter(letter);
        if (letter.getStatus() != OutgoingStatus.DRAFT) {
            throw new RuleViolation("outgoing.error.not-withdrawable", letter.getStatus().name());
        }
        Instant now = clock.instant();
        letter.settle(OutgoingStatus.WITHDRAWN, now);
        letters.saveAndFlush(letter);
        timeline.record(OutgoingCase.of(id), null, OutgoingEvent.WITHDRAWN, access.stamp(via), null, now);
        return OutgoingViews.letter(letter, books.findById(letter.getBookId()).orElse(null));
    }

    @Transactional(readOnly = true)
    public Optional<LetterSummary> letter(long id) {
        List<CurrentPosition> mine = access.mine();
        return letters.findById(id).filter(l -> access.sees(mine, l))
                .map(l -> OutgoingViews.letter(l, books.findById(l.getBookId()).orElse(null)));
    }

    /** Whether the current user drafted it (through a position they fill today) and may still change it. */
    @Transactional(readOnly = true)
    public boolean mayEdit(LetterSummary letter) {
        return letter.status().editable() && access.mine().stream().anyMatch(p -> p.positionId().equals(letter.draftedByPositionId()));
    }

    /** Whether the current user is a correspondence clerk (registers letters signed on paper). */
    @Transactional(readOnly = true)
    public boolean isClerk() {
        return access.clerk(access.mine()).isPresent();
    }

    /** A page of the letters the current user sees, newest first (optionally of one status). */
    @Transactional(readOnly = true)
    public List<LetterSummary> page(OutgoingStatus status, int offset, int limit) {
        Scope scope = scope();
        if (scope == null || limit <= 0) {
            return List.of();
        }
        int size = Math.min(limit, MAX_PAGE);
        List<OutgoingLetter> page = letters.listed(scope.books, scope.positions, status, scope.top,
                Clearance.clearedIds(scope.mine, SecrecyClass.CONFIDENTIAL), Clearance.clearedIds(scope.mine, SecrecyClass.SECRET),
                PageRequest.of(offset / size, size));
        Map<Long, OutgoingBook> byId = books.findAllById(page.stream().map(OutgoingLetter::getBookId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(OutgoingBook::getId, Function.identity()));
        return page.stream().map(l -> OutgoingViews.letter(l, byId.get(l.getBookId()))).toList();
    }

    @Transactional(readOnly = true)
    public long count(OutgoingStatus status) {
        Scope scope = scope();
        return scope == null ? 0 : letters.countListed(scope.books, scope.positions, status, scope.top,
                Clearance.clearedIds(scope.mine, SecrecyClass.CONFIDENTIAL), Clearance.clearedIds(scope.mine, SecrecyClass.SECRET));
    }

    private record Scope(List<CurrentPosition> mine, Set<Long> books, Set<Long> positions, boolean top) {
    }

    private Scope scope() {
        List<CurrentPosition> mine = access.mine();
        if (mine.isEmpty()) {
            return null;
        }
        Set<Long> bookIds = new HashSet<>();
        // the books of the user's province only: "every book" is every book of their province
        List<OutgoingBook> all = books.findByProvinceIdInOrderByOwnerCodeAsc(access.provinces(mine));
        Set<Long> units = access.seesEveryBook(mine) ? null : access.unitsAtOrAbove(mine);
        all.stream().filter(b -> units == null || units.contains(b.getUnitId())).forEach(b -> bookIds.add(b.getId()));
        bookIds.add(-1L);
        Set<Long> positions = new HashSet<>(mine.stream().map(CurrentPosition::positionId).toList());
        return new Scope(mine, bookIds, positions, access.topOfOffice(mine));
    }

    private OutgoingLetter lockVisible(long id) {
        OutgoingLetter letter = letters.lockById(id).orElseThrow(OutgoingAccess::notFound);
        if (!access.sees(access.mine(), letter)) {
            throw OutgoingAccess.notFound();
        }
        return letter;
    }

    private CurrentPosition requireDrafter(OutgoingLetter letter) {
        return access.mine().stream().filter(p -> p.positionId().equals(letter.getDraftedBy().positionId())).findFirst()
                .orElseThrow(() -> new AccessDeniedException("only the drafting position changes a draft"));
    }
}
