package th.tidtam.outgoing.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.outgoing.OutgoingStatus;
import th.tidtam.outgoing.RegisterLine;
import th.tidtam.outgoing.domain.OutgoingBook;
import th.tidtam.outgoing.domain.OutgoingBookRepository;
import th.tidtam.outgoing.domain.OutgoingLetter;
import th.tidtam.outgoing.domain.OutgoingLetterRepository;

/**
 * The register of a period as the regulation's form lists it, for one book or every book the reader sees: numbered
 * letters by date, then book, series and number. At most a year at a time.
 */
@Service
public class OutgoingRegister {

    static final int MAX_DAYS = 366;

    private final OutgoingLetterRepository letters;
    private final OutgoingBookRepository books;
    private final OutgoingAccess access;
    private final OrgDirectory org;

    OutgoingRegister(OutgoingLetterRepository letters, OutgoingBookRepository books, OutgoingAccess access, OrgDirectory org) {
        this.letters = letters;
        this.books = books;
        this.access = access;
        this.org = org;
    }

    /** The book's owner code, or every book's when none is asked for — for the printout's heading. */
    public record Period(String books, LocalDate from, LocalDate to, List<RegisterLine> lines) {
    }

    @Transactional(readOnly = true)
    public Period lines(Long bookId, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new RuleViolation("outgoing.error.period-missing");
        }
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new RuleViolation("outgoing.error.period-range", MAX_DAYS);
        }
        List<CurrentPosition> mine = access.mine();
        Set<Long> units = access.seesEveryBook(mine) ? null : access.unitsAtOrAbove(mine);
        List<OutgoingBook> visible = books.findByProvinceIdInOrderByOwnerCodeAsc(access.provinces(mine)).stream().filter(b -> units == null || units.contains(b.getUnitId()))
                .filter(b -> bookId == null || b.getId().equals(bookId)).toList();
        if (bookId != null && visible.isEmpty()) {
            throw OutgoingAccess.notFound();
        }
        Map<Long, OutgoingBook> byId = visible.stream().collect(Collectors.toMap(OutgoingBook::getId, Function.identity()));
        Map<Long, String> unitNames = org.units(visible.stream().map(OutgoingBook::getUnitId).toList()).stream()
                .collect(Collectors.toMap(UnitSummary::id, UnitSummary::nameTh, (a, b) -> a));
        List<OutgoingLetter> found = byId.isEmpty() ? List.of()
                : letters.register(byId.keySet(), EnumSet.of(OutgoingStatus.SIGNED, OutgoingStatus.REGISTERED), from, to);
        List<RegisterLine> lines = found.stream().map(l -> {
            OutgoingBook b = byId.get(l.getBookId());
            boolean open = !l.getSecrecy().classified() || access.sees(mine, l, b.getUnitId());
            return new RegisterLine(l.getId(), l.getSeq(), l.isCircular(), l.getNumber(), l.getLetterDate(),
                    unitNames.getOrDefault(b.getUnitId(), b.getNameTh()), open ? l.getText().recipients() : "",
                    open ? l.getText().subject() : "", open ? l.getActionTaken() : null, open ? l.getRemarks() : null,
                    l.getSecrecy());
        }).toList();
        String heading = bookId == null ? null : byId.get(bookId).getOwnerCode();
        return new Period(heading, from, to, lines);
    }
}
