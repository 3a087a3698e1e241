package th.tidtam.meeting.extraction;

/**
 * Minutes text in one canonical form for matching, remembering where each character came from so that a directive's
 * source can be quoted as written. Thai digits become Arabic digits, runs of spaces (tabs, no-break and zero-width
 * spaces, control characters) become one space, the split sara am that PDFs and old Word files produce (nikhahit +
 * sara aa) becomes one sara am, and dashes become a hyphen.
 */
final class Normalized {

    private final String original;
    private final String text;
    private final int[] origin;

    private Normalized(String original, String text, int[] origin) {
        this.original = original;
        this.text = text;
        this.origin = origin;
    }

    static Normalized of(String original) {
        StringBuilder sb = new StringBuilder(original.length());
        int[] origin = new int[original.length() + 1];
        boolean pendingSpace = false;
        int pendingOrigin = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c == '\r') {
                if (i + 1 < original.length() && original.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\n') {
                pendingSpace = false;
                trimTrailingSpace(sb);
                origin[sb.length()] = i;
                sb.append('\n');
                continue;
            }
            if (isZeroWidth(c)) {
                continue;
            }
            if (isSpace(c)) {
                if (!pendingSpace) {
                    pendingSpace = true;
                    pendingOrigin = i;
                }
                continue;
            }
            if (pendingSpace) {
                pendingSpace = false;
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                    origin[sb.length()] = pendingOrigin;
                    sb.append(' ');
                }
            }
            origin[sb.length()] = i;
            if (c == '\u0E4D' && i + 1 < original.length() && original.charAt(i + 1) == '\u0E32') {
                sb.append('\u0E33');
                i++;
            } else {
                sb.append(canonical(c));
            }
        }
        trimTrailingSpace(sb);
        origin[sb.length()] = original.length();
        int[] trimmed = java.util.Arrays.copyOf(origin, sb.length() + 1);
        return new Normalized(original, sb.toString(), trimmed);
    }

    private static void trimTrailingSpace(StringBuilder sb) {
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
    }

    private static boolean isZeroWidth(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD' || c == '\u2060';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    private static char canonical(char c) {
        if (c >= '๐' && c <= '๙') {
            return (char) ('0' + (c - '๐'));
        }
        if (c == '–' || c == '—' || c == '−' || c == '‐' || c == '‑') {
            return '-';
        }
        if (c == '“' || c == '”') {
            return '"';
        }
        return c;
    }

    String text() {
        return text;
    }

    /** The original text behind {@code text().substring(start, end)}, stripped. */
    String source(int start, int end) {
        if (start >= end) {
            return "";
        }
        int from = origin[start];
        int to = origin[end - 1] + 1;
        // the sara am came from two characters
        if (to < original.length() && original.charAt(to - 1) == '\u0E4D' && original.charAt(to) == '\u0E32') {
            to++;
        }
        return original.substring(from, to).strip();
    }
}
