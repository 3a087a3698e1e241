package th.tidtam.org.service;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one rule by which a typed text is compared with a unit's names and aliases, in the pickers, in
 * {@link OrgDirectory#findUnits} and in the uniqueness of aliases: compatibility-normalised (NFKC, so full-width
 * letters and a decomposed สระอำ are the plain ones), lower case, Thai digits as Arabic ones, and without white space,
 * dots and invisible format characters (Thai text often carries zero-width spaces). Officials write one abbreviation as
 * "สสจ.ฉช.", "สสจ. ฉช." or "สสจฉช": all three have one key.
 */
public final class UnitNameKey {

    private UnitNameKey() {
    }

    /** The matching form of the text; empty for null or a text of nothing but spaces and dots. */
    public static String of(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(normal.length());
        normal.codePoints().forEach(c -> {
            if (c >= '๐' && c <= '๙') {
                key.append((char) ('0' + (c - '๐')));
            } else if (c != '.' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                    && Character.getType(c) != Character.FORMAT) {
                key.appendCodePoint(c);
            }
        });
        return key.toString();
    }

    /** True when the key of {@code text} contains the key of {@code query}; a query without a key matches everything. */
    public static boolean contains(String text, String query) {
        return of(text).contains(of(query));
    }
}
