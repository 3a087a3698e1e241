package th.tidtam.base.text;

import java.text.Normalizer;
import java.util.Optional;
import java.util.function.Function;

import th.tidtam.base.RuleViolation;

/**
 * The one rule for free text that people type or send: names, titles, subjects, notes, search texts. Every form and
 * endpoint cleans its text here, so the same input is accepted or refused the same way everywhere.
 * <ul>
 * <li>Surrounding white space goes ({@link String#strip()}); blank text is missing.</li>
 * <li>A lone UTF-16 surrogate (JSON allows one as an escape) is refused: it has no UTF-8 form, and the database
 * driver would silently store "?" instead, so the text that came back would not be the text that was sent.</li>
 * <li>Control characters are refused wherever they stand in what was sent: C0 (U+0000–U+001F), DEL and C1
 * (U+0080–U+009F). {@linkplain #multiLine Text of several lines} may hold line feeds, carriage returns and tabs;
 * {@linkplain #singleLine one line} may not, nor the Unicode line and paragraph separators (U+2028, U+2029).
 * Format characters (the zero-width joiner inside an emoji, Thai text's zero-width space) are text and stay.</li>
 * <li>The text is stored in Unicode normalisation form C, so that the same words are the same characters whichever
 * keyboard typed them (a search or a uniqueness check would otherwise miss "é" typed as "e" + U+0301).</li>
 * <li>The length is counted in code points after normalisation, as MariaDB counts a {@code varchar} of utf8mb4:
 * an emoji is one character, not two UTF-16 units.</li>
 * </ul>
 * A text that breaks the rule is refused, never altered to fit: {@link #require} and {@link #optional} return the
 * clean text or throw the {@link RuleViolation} that the caller builds for the {@link Problem}, so each form keeps
 * its own message keys (a field name as argument, its limit).
 */
public final class FreeText {

    /** What is wrong with a text, in the order the checks run. */
    public enum Problem {
        /** Null, empty or only white space. */
        MISSING,
        /** Longer than the limit, in code points after normalisation. */
        TOO_LONG,
        /** A control character (or, in one line, a line break) anywhere in what was sent. */
        CONTROL_CHARACTERS,
        /** Half of a surrogate pair alone: not Unicode text at all. */
        BROKEN_UNICODE
    }

    private static final FreeText ONE_LINE = singleLine(Integer.MAX_VALUE);
    private static final FreeText LINES = multiLine(Integer.MAX_VALUE);

    private final boolean multiline;
    private final int maxLength;

    private FreeText(boolean multiline, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
        }
        this.multiline = multiline;
        this.maxLength = maxLength;
    }

    /** One line (names, titles, numbers, search texts): no control character and no line break at all. */
    public static FreeText singleLine(int maxLength) {
        return new FreeText(false, maxLength);
    }

    /** Several lines (the text of a directive, notes, delegated powers): line breaks and tabs, no other control. */
    public static FreeText multiLine(int maxLength) {
        return new FreeText(true, maxLength);
    }

    /** The most code points the clean text may have. */
    public int maxLength() {
        return maxLength;
    }

    public boolean isMultiLine() {
        return multiline;
    }

    /**
     * The clean text: stripped and in NFC.
     *
     * @param refusal builds the violation for a problem (called at most once, only when the text is refused)
     * @throws RuleViolation the one {@code refusal} built, when the text is missing or breaks the rule
     */
    public String require(String text, Function<Problem, ? extends RuleViolation> refusal) {
        String clean = clean(text);
        Optional<Problem> problem = problem(text, clean);
        if (problem.isPresent()) {
            throw refusal.apply(problem.get());
        }
        return clean;
    }

    /**
     * Like {@link #require}, but a blank or absent text is no text: null, never {@link Problem#MISSING}.
     *
     * @throws RuleViolation the one {@code refusal} built, when the text breaks the rule
     */
    public String optional(String text, Function<Problem, ? extends RuleViolation> refusal) {
        return text == null || text.isBlank() ? null : require(text, refusal);
    }

    /** What is wrong with the text (the first problem in {@link Problem}'s order), or empty when it may be stored. */
    public Optional<Problem> problem(String text) {
        return problem(text, clean(text));
    }

    private Optional<Problem> problem(String raw, String clean) {
        if (clean == null || clean.isEmpty()) {
            return Optional.of(Problem.MISSING);
        }
        if (length(clean) > maxLength) {
            return Optional.of(Problem.TOO_LONG);
        }
        // what was sent, not what is kept: a control character is refused even where stripping would drop it
        if (raw.codePoints().anyMatch(this::isRefusedControl)) {
            return Optional.of(Problem.CONTROL_CHARACTERS);
        }
        if (!wellFormed(raw)) {
            return Optional.of(Problem.BROKEN_UNICODE);
        }
        return Optional.empty();
    }

    private boolean isRefusedControl(int codePoint) {
        if (multiline && (codePoint == '\n' || codePoint == '\r' || codePoint == '\t')) {
            return false;
        }
        int type = Character.getType(codePoint);
        return Character.isISOControl(codePoint)
                || (!multiline && (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR));
    }

    /** Stripped of surrounding white space and in NFC; null stays null. Checks nothing. */
    public static String clean(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    /** Length as people and MariaDB count it: in code points, so an emoji outside the BMP is one. */
    public static int length(CharSequence text) {
        return Character.codePointCount(text, 0, text.length());
    }

    /** Whether every surrogate in the text is half of a proper pair. */
    public static boolean wellFormed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether one line of text may hold the code point: not a control character (C0, DEL, C1), not a line or
     * paragraph separator, not half of a surrogate pair. Format characters such as the zero-width joiner may. For
     * code that cleans rather than refuses (a file name from a browser).
     */
    public static boolean allowedInOneLine(int codePoint) {
        return !ONE_LINE.isRefusedControl(codePoint) && !isSurrogate(codePoint);
    }

    /** Whether text of several lines may hold the code point: line feed, carriage return and tab, no other control. */
    public static boolean allowedInLines(int codePoint) {
        return !LINES.isRefusedControl(codePoint) && !isSurrogate(codePoint);
    }

    private static boolean isSurrogate(int codePoint) {
        return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    }
}
