package th.tidtam.casework.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.text.FreeText;
import th.tidtam.casework.CaseAccess;
import th.tidtam.org.service.CurrentPosition;

/** Searches every case type that can be searched, as the current user: registers, memos, orders in one list. */
@Service
public class CaseFinder {

    public static final int MIN_QUERY = 2;
    public static final int MAX_QUERY = 200;
    public static final int MAX_WORDS = 8;
    public static final int MAX_HITS = 200;

    private final List<CaseSearch> searches;
    private final CaseAccess access;

    CaseFinder(ObjectProvider<CaseSearch> searches, CaseAccess access) {
        this.searches = searches.orderedStream().toList();
        this.access = access;
    }

    /**
     * The cases whose number, party, subject or text contain every word of the query, newest first; refused for a
     * query too short, too long or not text.
     */
    public List<CaseHit> find(String query, int limit) {
        if (query == null || query.isBlank() || FreeText.length(query.strip()) < MIN_QUERY) {
            throw new RuleViolation("search.error.too-short", MIN_QUERY);
        }
        if (FreeText.length(query) > MAX_QUERY) {
            throw new RuleViolation("search.error.too-long", MAX_QUERY);
        }
        if (!FreeText.wellFormed(query)) {
            throw new RuleViolation("search.error.not-text");
        }
        List<String> words = SearchText.words(query);
        if (words.size() > MAX_WORDS) {
            throw new RuleViolation("search.error.too-many-words", MAX_WORDS);
        }
        int max = Math.max(1, Math.min(limit, MAX_HITS));
        List<CurrentPosition> positions = access.myPositions();
        if (positions.isEmpty()) {
            return List.of();
        }
        List<CaseHit> hits = new ArrayList<>();
        for (CaseSearch search : searches) {
            hits.addAll(search.search(positions, words, max));
        }
        hits.sort(Comparator.comparing(CaseHit::date, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(CaseHit::caseType).thenComparing(CaseHit::caseId, Comparator.reverseOrder()));
        return hits.size() > max ? List.copyOf(hits.subList(0, max)) : hits;
    }
}
