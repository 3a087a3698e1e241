package th.tidtam.letters.service;

import th.tidtam.casework.search.SearchText;
import th.tidtam.letters.LetterSummary;
import th.tidtam.letters.domain.IncomingLetter;

/** What search finds a letter by: its number, the sender's number, the parties and the subject, folded. */
final class LetterSearchText {

    private LetterSearchText() {
    }

    static String of(IncomingLetter l) {
        return SearchText.fold(LetterSummary.format(l.getReceivedNumber()) + "/" + l.getReceivedYear(), l.getSenderNumber(),
                l.getFromParty(), l.getToParty(), l.getSubject());
    }
}
