package th.tidtam.outgoing.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.numbering.NumberSeries;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.outgoing.BookSummary;
import th.tidtam.outgoing.domain.OutgoingBook;
import th.tidtam.outgoing.domain.OutgoingBookRepository;

/**
 * The register books (สมุดทะเบียนหนังสือส่ง): one per issuing unit, each with a unique owner code, kept by the
 * secretariat, the head of office and the administrator. A book's running numbers may be continued from a count kept on
 * paper, never moved backwards.
 */
@Service
public class RegisterBooks {

    private final OutgoingBookRepository books;
    private final OutgoingAccess access;
    private final NumberSeries numbers;
    private final OrgDirectory org;
    private final Clock clock;

    RegisterBooks(OutgoingBookRepository books, OutgoingAccess access, NumberSeries numbers, OrgDirectory org, Clock clock) {
        this.books = books;
        this.access = access;
        this.numbers = numbers;
        this.org = org;
        this.clock = clock;
    }

    static BookSummary view(OutgoingBook b) {
        return new BookSummary(b.getId(), b.getUnitId(), b.getOwnerCode(), b.getNameTh(), b.getNameEn(), b.isActive());
    }

    /**
     * Every book of the current user's province, by owner code: the codes are no secret (they are printed on every
     * letter), but another province's books are not part of this register. With nobody signed in (start-up work:
     * the demo loader asks whether its books exist) every book.
     */
    @Transactional(readOnly = true)
    public List<BookSummary> books() {
        List<OutgoingBook> found = access.signedIn()
                ? books.findByProvinceIdInOrderByOwnerCodeAsc(access.provinces(access.mine()))
                : books.findAll(Sort.by("ownerCode"));
        return found.stream().map(RegisterBooks::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<BookSummary> book(long id) {
        List<CurrentPosition> mine = access.mine();
        return books.findById(id).filter(b -> access.inProvince(mine, b)).map(RegisterBooks::view);
    }

    /** The units a book may be opened for: the book keeper's province's, by code (for the books screen). */
    @Transactional(readOnly = true)
    public List<UnitSummary> bookUnits() {
        Long province = access.mine().stream().filter(access::inAProvince).map(access::provinceOf).findFirst().orElse(null);
        return province == null ? List.of() : org.allUnits(province).stream()
                .sorted(java.util.Comparator.comparing(UnitSummary::code)).toList();
    }

    /** The active books the current user may draft in: of their units and the units above them, nearest first. */
    @Transactional(readOnly = true)
    public List<BookSummary> draftingBooks() {
        List<CurrentPosition> mine = access.mine();
        Set<Long> units = access.unitsAtOrAbove(mine);
        return books.findByUnitIdIn(units).stream().filter(OutgoingBook::isActive).map(RegisterBooks::view)
                .sorted(java.util.Comparator.comparing(BookSummary::ownerCode).reversed()).toList();
    }

    @Transactional(readOnly = true)
    public boolean keepsBooks() {
        return access.keepsBooks(access.mine());
    }

    @Transactional
    public BookSummary create(BookForm form) {
        long province = access.provinceOf(access.requireBookKeeper());
        // another province's unit is unknown here (one of no province may get a book of the keeper's, as before)
        if (form == null || form.unitId() == null
                || org.unit(form.unitId()).filter(u -> u.provinceId() == null || u.provinceId().equals(province)).isEmpty()) {
            throw new RuleViolation("outgoing.error.unit-unknown");
        }
        if (books.findByUnitId(form.unitId()).isPresent()) {
            throw new RuleViolation("outgoing.error.unit-has-book");
        }
        String code = OwnerCodes.normalise(form.ownerCode());
        requireFreeCode(code, null);
        OutgoingBook book = new OutgoingBook(province, form.unitId(), code, "", "", clock.instant());
        describe(book, form, code);
        return view(books.saveAndFlush(book));
    }

    @Transactional
    public BookSummary update(long id, BookForm form) {
        OutgoingBook book = lockOwn(id);
        if (form == null) {
            throw new RuleViolation("outgoing.error.required", "outgoing.field.owner-code");
        }
        String code = OwnerCodes.normalise(form.ownerCode());
        requireFreeCode(code, id);
        describe(book, form, code);
        return view(books.saveAndFlush(book));
    }

    private void requireFreeCode(String code, Long exceptId) {
        books.findByOwnerCode(code).filter(b -> !b.getId().equals(exceptId)).ifPresent(b -> {
            throw new RuleViolation("outgoing.error.owner-code-taken", code);
        });
    }

    private static void describe(OutgoingBook book, BookForm form, String code) {
        String th = OutgoingText.line(form.nameTh(), "outgoing.field.book-name-th", 255, true);
        String en = OutgoingText.line(form.nameEn(), "outgoing.field.book-name-en", 255, false);
        book.describe(code, th, en == null ? th : en, form.active() == null || form.active());
    }

    /** The book, locked, for its keeper: one of another province is "not found". */
    private OutgoingBook lockOwn(long id) {
        List<CurrentPosition> mine = List.of(access.requireBookKeeper());
        return books.lockById(id).filter(b -> access.inProvince(mine, b)).orElseThrow(OutgoingAccess::notFound);
    }

    /** The last numbers handed out this calendar year in a book of the user's province: normal, circular. */
    @Transactional(readOnly = true)
    public int[] lastNumbers(long bookId) {
        List<CurrentPosition> mine = access.mine();
        OutgoingBook book = books.findById(bookId).filter(b -> access.inProvince(mine, b))
                .orElseThrow(OutgoingAccess::notFound);
        int year = LocalDate.now(clock).getYear();
        return new int[] { numbers.last(book.getProvinceId(), OutgoingCase.series(bookId, false), year),
                numbers.last(book.getProvinceId(), OutgoingCase.series(bookId, true), year) };
    }

    /** Continues a series from a count kept on paper; refused when it would hand out a number again. */
    @Transactional
    public void continueAfter(long bookId, RunningStart start) {
        OutgoingBook book = lockOwn(bookId);
        int thisYear = LocalDate.now(clock).getYear();
        if (start == null || start.lastNumber() == null) {
            throw new RuleViolation("outgoing.error.required", "outgoing.field.last-number");
        }
        int year = start.year() == null ? thisYear : start.year();
        if (year != thisYear && year != thisYear + 1) {
            throw new RuleViolation("outgoing.error.start-year", year + 543);
        }
        if (start.lastNumber() < 0 || start.lastNumber() >= OutgoingCase.MAX_NUMBER) {
            throw new RuleViolation("outgoing.error.last-number-range", OutgoingCase.MAX_NUMBER);
        }
        NumberSeries.Series series = OutgoingCase.series(book.getId(), Boolean.TRUE.equals(start.circular()));
        int last = numbers.last(book.getProvinceId(), series, year);
        if (start.lastNumber() < last) {
            throw new RuleViolation("outgoing.error.series-backwards", last, start.lastNumber());
        }
        numbers.continueAfter(book.getProvinceId(), series, year, start.lastNumber());
    }
}
