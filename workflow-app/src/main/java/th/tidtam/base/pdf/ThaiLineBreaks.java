package th.tidtam.base.pdf;

import java.text.BreakIterator;
import java.util.BitSet;
import java.util.Locale;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Thai is written without spaces between words, so a table cell would otherwise break lines in the middle of a word
 * (or overflow). Lines may break where the JDK's dictionary-based Thai word iterator sees a word boundary.
 */
public final class ThaiLineBreaks implements SplitCharacter {

    public static final ThaiLineBreaks INSTANCE = new ThaiLineBreaks();

    private static final Locale THAI = Locale.forLanguageTag("th");

    private final ThreadLocal<Object[]> cache = new ThreadLocal<>();

    private ThaiLineBreaks() {
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        if (DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck)) {
            return true;
        }
        if (current + 1 >= end || !isThai(cc[current]) || !isThai(cc[current + 1])) {
            return false;
        }
        return boundaries(cc, start, end).get(current + 1);
    }

    private BitSet boundaries(char[] cc, int start, int end) {
        Object[] hit = cache.get();
        if (hit != null && hit[0] == cc && (int) hit[1] == start && (int) hit[2] == end) {
            return (BitSet) hit[3];
        }
        BitSet set = new BitSet(end);
        BreakIterator words = BreakIterator.getWordInstance(THAI);
        words.setText(new String(cc, start, end - start));
        for (int b = words.first(); b != BreakIterator.DONE; b = words.next()) {
            set.set(start + b);
        }
        cache.set(new Object[] { cc, start, end, set });
        return set;
    }

    private static boolean isThai(char c) {
        return c >= '\u0E00' && c <= '\u0E7F';
    }
}
