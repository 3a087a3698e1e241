package th.tidtam.feeds.service;

import java.nio.charset.StandardCharsets;

/**
 * RFC 5545 §3.1 line folding by octets: no line longer than 75 octets of UTF-8 (CRLF not counted), a continuation line
 * starting with one space, never cutting a character's bytes apart. ical4j folds by Java chars (73 of them), which for
 * Thai text makes lines of over 200 octets and can split an emoji's surrogate pair: strict readers (Outlook) then
 * garble or refuse the line. Lines end in CRLF.
 */
final class IcsFolding {

    static final int MAX_OCTETS = 75;

    private IcsFolding() {
    }

    /** Unfolded content lines (separated by CRLF or LF) folded and joined with CRLF, ending in CRLF. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 20);
        for (String line : unfolded.split("\r?\n", -1)) {
            if (!line.isEmpty()) {
                foldLine(line, out);
            }
        }
        return out.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int width = utf8Length(codePoint);
            if (octets + width > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }

    /** The longest line of folded text in octets, for checks. */
    static int longestLine(String folded) {
        int longest = 0;
        for (String line : folded.split("\r\n")) {
            longest = Math.max(longest, line.getBytes(StandardCharsets.UTF_8).length);
        }
        return longest;
    }
}
