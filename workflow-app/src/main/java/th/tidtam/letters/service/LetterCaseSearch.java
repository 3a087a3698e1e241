package th.tidtam.letters.service;

import th.tidtam.org.SecrecyClass;
import th.tidtam.casework.Clearance;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.casework.search.CaseHit;
import th.tidtam.casework.search.CaseSearch;
import th.tidtam.casework.search.SearchText;
import th.tidtam.letters.LetterSummary;
import th.tidtam.letters.domain.IncomingLetter;
import th.tidtam.letters.domain.IncomingLetterRepository;
import th.tidtam.org.service.CurrentPosition;

/**
 * The incoming register in the search over every case type: by received number ({@code 00012/2026}), the sender's
 * number (Thai or Arabic digits alike), the parties and the subject; visibility is decided in the same query.
 */
@Component
class LetterCaseSearch implements CaseSearch {

    /** The first word narrows in the database; the others are checked on at most this many letters per hit wanted. */
    private static final int CANDIDATES_PER_HIT = 5;

    private final IncomingLetterRepository letters;
    private final LetterAccess access;

    LetterCaseSearch(IncomingLetterRepository letters, LetterAccess access) {
        this.letters = letters;
        this.access = access;
    }

    @Override
    public String caseType() {
        return LetterCase.TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseHit> search(List<CurrentPosition> positions, List<String> words, int limit) {
        if (positions.isEmpty() || words.isEmpty() || limit < 1) {
            return List.of();
        }
        String longest = words.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
        List<IncomingLetter> candidates = letters.visible(access.provinces(positions), LocalDateTime.of(1900, 1, 1, 0, 0), LocalDateTime.of(9000, 1, 1, 0, 0),
                null, null, false, SearchText.containing(longest), LetterAccess.seesEverything(positions),
                access.seesRegister(positions), LetterAccess.ids(positions), Clearance.clearedIds(positions, SecrecyClass.CONFIDENTIAL),
                Clearance.clearedIds(positions, SecrecyClass.SECRET), PageRequest.of(0, limit * CANDIDATES_PER_HIT))
                .getContent();
        return candidates.stream().filter(l -> words.stream().allMatch(w -> l.getSearchText() != null && l.getSearchText().contains(w)))
                .limit(limit)
                .map(l -> new CaseHit(LetterCase.TYPE, l.getId(), LetterSummary.format(l.getReceivedNumber()) + "/" + l.getReceivedYear(),
                        l.getSubject(), l.getFromParty(), l.getReceivedAt().toLocalDate(), l.getSecrecy()))
                .toList();
    }
}
