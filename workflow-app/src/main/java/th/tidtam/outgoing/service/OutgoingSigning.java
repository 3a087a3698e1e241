package th.tidtam.outgoing.service;

import th.tidtam.casework.Clearance;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.ActorStamp;
import th.tidtam.base.i18n.Translations;
import th.tidtam.casework.numbering.NumberSeries;
import th.tidtam.casework.signing.SignatureBlock;
import th.tidtam.casework.signing.Signatures;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.outgoing.LetterSummary;
import th.tidtam.outgoing.OutgoingStatus;
import th.tidtam.outgoing.domain.OutgoingBook;
import th.tidtam.outgoing.domain.OutgoingBookRepository;
import th.tidtam.outgoing.domain.OutgoingLetter;
import th.tidtam.outgoing.domain.OutgoingLetterRepository;

/**
 * A letter takes its place in the register: signed (the memo decided "ลงนาม") or registered by a clerk as signed on
 * paper. The number is the book's next in the letter's series (normal or ว) for the calendar year of the engine clock's
 * day, taken in the caller's transaction under the series row's lock: a refusal or a rollback gives it back, so the
 * register has no gaps and no number twice. The letter's row is locked first: signing twice at once, one wins.
 */
@Service
public class OutgoingSigning {

    /** The matter of a letter that names none: general administration. */
    static final String GENERAL = "GENERAL";

    private final OutgoingLetterRepository letters;
    private final OutgoingBookRepository books;
    private final OutgoingAccess access;
    private final LetterFields fields;
    private final NumberSeries numbers;
    private final Signatures signatures;
    private final Timeline timeline;
    private final OrgDirectory org;
    private final Clock clock;

    private final Clearance clearance;
    OutgoingSigning(OutgoingLetterRepository letters, OutgoingBookRepository books, OutgoingAccess access,
            LetterFields fields, NumberSeries numbers, Signatures signatures, Timeline timeline, OrgDirectory org,
            Clock clock, Clearance clearance) {
        this.clearance = clearance;
        this.letters = letters;
        this.books = books;
        this.access = access;
        this.fields = fields;
        this.numbers = numbers;
        this.signatures = signatures;
        this.timeline = timeline;
        this.org = org;
        this.clock = clock;
    }

    /**
     * Signs the letter as {@code signer}: the person must fill the stamped position in the stamped capacity today, and
     * that position must head the book's unit or stand above it in the chain of command.
     */
    @Transactional
    public LetterSummary sign(long letterId, ActorStamp signer) {
        OutgoingLetter letter = letters.lockById(letterId).orElseThrow(OutgoingAccess::notFound);
        requireUnsigned(letter);
        OutgoingBook book = books.findById(letter.getBookId()).orElseThrow(() -> new RuleViolation("outgoing.error.no-book"));
        LocalDate today = LocalDate.now(clock);
        requireSigner(signer, book, letter.getMatter(), today);
        clearance.requireCleared(signer.positionId(), letter.getSecrecy(), OutgoingCase.TYPE, letterId, "sign");
        SignatureBlock block = signatures.of(signer, today, Translations.THAI);
        take(letter, book, OutgoingStatus.SIGNED, signer, block(block.name(), String.join("\n", block.lines())), today);
        return OutgoingViews.letter(letter, book);
    }

    /** A clerk registers a letter already signed on paper: it takes the book's next number today. */
    @Transactional
    public LetterSummary registerPaper(PaperLetter paper) {
        var clerk = access.requireClerk();
        OutgoingBook book = fields.book(paper == null ? null : paper.letter());
        // a clerk registers in any book of their own province; another province's book is unknown here
        if (!access.inProvince(List.of(clerk), book)) {
            throw new RuleViolation("outgoing.error.no-book");
        }
        String name = OutgoingText.line(paper.signerName(), "outgoing.field.signer-name", 200, true);
        String lines = OutgoingText.lines(paper.signerLines(), "outgoing.field.signer-lines", 500, true);
        LocalDate today = LocalDate.now(clock);
        LocalDate date = paper.letterDate() == null ? today : paper.letterDate();
        if (date.isAfter(today)) {
            throw new RuleViolation("outgoing.error.date-future");
        }
        Instant now = clock.instant();
        ActorStamp by = access.stamp(clerk);
        // the registering clerk's position becomes the letter's drafting one: cleared for a classified letter
        clearance.requireCleared(clerk.positionId(), paper.letter() == null ? null : paper.letter().secrecy(),
                OutgoingCase.TYPE, null, "register");
        OutgoingLetter letter = new OutgoingLetter(book.getProvinceId(), book.getId(), by, now);
        fields.write(letter, paper.letter(), book.getId(), now);
        letters.saveAndFlush(letter);
        take(letter, book, OutgoingStatus.REGISTERED, null, block(name, lines), date);
        timeline.record(OutgoingCase.of(letter.getId()), null, OutgoingEvent.REGISTERED, by, letter.getNumber(), now);
        return OutgoingViews.letter(letter, book);
    }

    private void take(OutgoingLetter letter, OutgoingBook book, OutgoingStatus status, ActorStamp signer, String block,
            LocalDate date) {
        NumberSeries.Series series = OutgoingCase.series(book.getId(), letter.isCircular());
        int year = series.periodOf(date);
        int value = numbers.next(book.getProvinceId(), series, year);
        // thrown inside the transaction that took the number: the rollback gives it back
        if (value > OutgoingCase.MAX_NUMBER) {
            throw new RuleViolation("outgoing.error.register-full", book.getOwnerCode(), year + 543);
        }
        // checked under the series row's lock, so two late registrations cannot cross each other
        letters.latestDate(book.getId(), letter.isCircular(), year).filter(date::isBefore).ifPresent(latest -> {
            throw new RuleViolation("outgoing.error.date-before-last", latest);
        });
        NumberSeries.Number n = new NumberSeries.Number(year, value);
        Instant now = clock.instant();
        String number = OutgoingCase.number(book.getOwnerCode(), letter.isCircular(), n.value());
        letter.number(status, n.value(), n.period(), number, date, signer, block,
                OutgoingViews.searchText(number, letter.getText()), now);
        letters.saveAndFlush(letter);
        if (signer != null) {
            timeline.record(OutgoingCase.of(letter.getId()), null, OutgoingEvent.SIGNED, signer, number, now);
        }
    }

    /** The block as kept: the bare name on the first line (the document puts it in brackets), the position lines below. */
    static String block(String name, String lines) {
        String bare = name.strip();
        if (bare.startsWith("(") && bare.endsWith(")")) {
            bare = bare.substring(1, bare.length() - 1).strip();
        }
        return bare + "\n" + lines;
    }

    static void requireUnsigned(OutgoingLetter letter) {
        if (letter.getStatus().numbered()) {
            throw new RuleViolation("outgoing.error.already-signed", letter.getNumber());
        }
        if (letter.getStatus() == OutgoingStatus.WITHDRAWN) {
            throw new RuleViolation("outgoing.error.withdrawn");
        }
    }

    /** The head of the book's unit, or of the nearest unit above it that has one (a section may have none). */
    private Long headAtOrAbove(Long unitId) {
        for (int depth = 0; unitId != null && depth < 64; depth++) {
            Optional<Long> head = org.headOf(unitId);
            if (head.isPresent()) {
                return head.get();
            }
            unitId = org.unit(unitId).map(UnitSummary::parentId).orElse(null);
        }
        return null;
    }

    private void requireSigner(ActorStamp signer, OutgoingBook book, String matter, LocalDate day) {
        if (signer == null || signer.bySystem() || signer.personId() == null || signer.positionId() == null) {
            throw new RuleViolation("outgoing.error.not-signer");
        }
        // the positions the person holds, acts in or exercises a delegation on today
        boolean fills = org.currentPositions(signer.personId()).stream()
                .anyMatch(p -> p.positionId().equals(signer.positionId()) && p.capacity() == signer.capacity());
        if (!fills) {
            throw new RuleViolation("outgoing.error.not-signer");
        }
        // on behalf (ปฏิบัติราชการแทน) only where the delegation in force covers the letter's matter
        if (signer.capacity() == th.tidtam.org.AssignmentKind.DELEGATION && org.delegationCovering(signer.personId(),
                signer.positionId(), matter == null ? GENERAL : matter, day).isEmpty()) {
            throw new RuleViolation("outgoing.error.delegation-not-covering", matter == null ? GENERAL : matter);
        }
        Long head = headAtOrAbove(book.getUnitId());
        Set<Long> over = new java.util.HashSet<>();
        if (head != null) {
            over.add(head);
            org.chainAbove(head).stream().map(PositionSummary::id).forEach(over::add);
        }
        if (!over.contains(signer.positionId())) {
            throw new RuleViolation("outgoing.error.signer-not-over-book", book.getOwnerCode());
        }
    }
}
