package th.tidtam.casework.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import th.tidtam.base.time.ThaiDigits;

/**
 * The one matching form of searchable text: Thai digits as Arabic (๑๒๓๔ finds 1234 and the other way round), lower
 * case, runs of white space as one space. Features store it beside their records and fold queries the same way.
 */
public final class SearchText {

    private SearchText() {
    }

    /** The parts (nulls skipped) folded and joined by one space. */
    public static String fold(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (part == null || part.isBlank()) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(ThaiDigits.toArabic(part).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " "));
        }
        return sb.toString();
    }

    /** The words of a query, folded: what every hit must contain. */
    public static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        for (String word : fold(query).split(" ")) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        return words;
    }

    /** A word as a LIKE pattern that matches it anywhere, with LIKE's own characters taken literally. */
    public static String containing(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
