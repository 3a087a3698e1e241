package th.tidtam.outgoing.service;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.casework.search.CaseHit;
import th.tidtam.casework.search.CaseSearch;
import th.tidtam.casework.search.SearchText;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.outgoing.OutgoingStatus;
import th.tidtam.outgoing.domain.OutgoingBook;
import th.tidtam.outgoing.domain.OutgoingBookRepository;
import th.tidtam.outgoing.domain.OutgoingLetter;
import th.tidtam.outgoing.domain.OutgoingLetterRepository;

/**
 * Outgoing letters found by number, recipient, subject and text (Thai or Arabic digits alike): the database narrows by
 * the longest word, the rest of the words and the visibility rules are checked on those candidates.
 */
@Component
class OutgoingSearch implements CaseSearch {

    /** Candidates read per search: enough for a screen of hits after visibility and the other words. */
    static final int CANDIDATES = 500;

    private final OutgoingLetterRepository letters;
    private final OutgoingBookRepository books;
    private final OutgoingAccess access;

    OutgoingSearch(OutgoingLetterRepository letters, OutgoingBookRepository books, OutgoingAccess access) {
        this.letters = letters;
        this.books = books;
        this.access = access;
    }

    @Override
    public String caseType() {
        return OutgoingCase.TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseHit> search(List<CurrentPosition> positions, List<String> words, int limit) {
        if (words.isEmpty() || positions.isEmpty() || limit <= 0) {
            return List.of();
        }
        String longest = words.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        List<OutgoingLetter> candidates = letters.matching(access.provinces(positions), EnumSet.complementOf(EnumSet.of(OutgoingStatus.WITHDRAWN)),
                SearchText.containing(longest), PageRequest.of(0, CANDIDATES));
        Map<Long, OutgoingBook> byId = books.findByProvinceIdInOrderByOwnerCodeAsc(access.provinces(positions)).stream().collect(Collectors.toMap(OutgoingBook::getId, Function.identity()));
        return candidates.stream()
                .filter(l -> words.stream().allMatch(w -> l.getSearchText() != null && l.getSearchText().contains(w)))
                .filter(l -> access.sees(positions, l, byId.get(l.getBookId()).getUnitId()))
                .limit(limit)
                .map(l -> new CaseHit(OutgoingCase.TYPE, l.getId(), l.getNumber() != null ? l.getNumber()
                        : byId.get(l.getBookId()).getOwnerCode() + "/…", l.getText().subject(), l.getText().recipients(),
                        l.getLetterDate() != null ? l.getLetterDate() : l.getUpdatedAt().atZone(th.tidtam.base.time.ApplicationZone.ID).toLocalDate(),
                        l.getSecrecy()))
                .toList();
    }
}
