package th.tidtam.casework.search;

import java.util.List;

import th.tidtam.org.service.CurrentPosition;

/**
 * A case type that can be found by number, party, subject and text, as a Spring bean of the feature that owns it.
 * The feature keeps {@link SearchText#fold} of its searchable fields in a column and answers from its own tables,
 * deciding visibility in the same query: what the positions may not see is never a hit.
 */
public interface CaseSearch {

    /** The case type, e.g. {@code LETTER_IN}. */
    String caseType();

    /**
     * Cases of this type the positions may see whose search text contains every word, newest first.
     *
     * @param words already folded by {@link SearchText#fold} (Arabic digits, lower case), at least one, none blank
     */
    List<CaseHit> search(List<CurrentPosition> positions, List<String> words, int limit);
}
