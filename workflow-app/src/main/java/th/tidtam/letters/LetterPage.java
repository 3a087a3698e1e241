package th.tidtam.letters;

import java.util.List;

/** A letter's page: the letter, its route, the other letters with the same sender number and date. */
public record LetterPage(LetterSummary letter, List<LetterRouteStep> route, List<LetterSummary> duplicates,
        boolean mayHandle, boolean mayEdit) {
}
