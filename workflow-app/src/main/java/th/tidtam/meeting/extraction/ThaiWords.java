package th.tidtam.meeting.extraction;

import java.util.BitSet;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Word boundaries in Thai text from ICU's dictionary-based word break iterator: Thai is written without spaces
 * between words, so "is this abbreviation a word of its own here?" needs a dictionary, not a regular expression.
 */
final class ThaiWords {

    private static final ULocale THAI = new ULocale("th_TH");

    private ThaiWords() {
    }

    /** Positions (0..length) where a word starts or ends. */
    static BitSet boundaries(String text) {
        BitSet result = new BitSet(text.length() + 1);
        BreakIterator words = BreakIterator.getWordInstance(THAI);
        words.setText(text);
        for (int b = words.first(); b != BreakIterator.DONE; b = words.next()) {
            result.set(b);
        }
        return result;
    }

    static boolean isThaiLetter(char c) {
        return c >= '\u0E01' && c <= '\u0E4E' && !(c >= '\u0E50' && c <= '\u0E59');
    }
}
