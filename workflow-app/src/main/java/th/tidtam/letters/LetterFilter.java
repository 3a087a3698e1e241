package th.tidtam.letters;

import java.time.LocalDate;

import th.tidtam.casework.Urgency;
import th.tidtam.org.SecrecyClass;

/**
 * Which letters of the register to list: received from .. to (inclusive days; null: open), urgency, secrecy, only the
 * flagged duplicates, and a word of the number, sender, parties or subject.
 */
public record LetterFilter(LocalDate from, LocalDate to, Urgency urgency, SecrecyClass secrecy, boolean duplicatesOnly,
        String text) {

    public static LetterFilter all() {
        return new LetterFilter(null, null, null, null, false, null);
    }
}
