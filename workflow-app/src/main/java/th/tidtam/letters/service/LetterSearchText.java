package th.tidtam.letters.service;

import th.tidtam.letters.LetterSummary;
import th.tidtam.letters.domain.IncomingLetter;

/** What search finds a letter by: its number, the sender's number, the parties and the subject, folded. */
final class LetterSearchText {

    private LetterSearchText() {
    }

    static String of(IncomingLetter l) {
        return fold(LetterSummary.format(l.getReceivedNumber()) + "/" + l.getReceivedYear(), l.getSenderNumber(),
                l.getFromParty(), l.getToParty(), l.getSubject());
    }

    static String fold(String... parts) {
        // TEMPORARY until casework.search.SearchText is on main (the lead's contract): same folding
        String joined = String.join(" ", java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).toList());
        return th.tidtam.base.time.ThaiDigits.toArabic(joined).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
