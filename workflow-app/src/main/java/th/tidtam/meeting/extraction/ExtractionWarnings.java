package th.tidtam.meeting.extraction;

import java.util.Arrays;

/**
 * The warnings of {@link ExtractedMinutes#warnings()} are message keys with their arguments, so each screen shows
 * them in the user's language: {@code "minutes.extraction.warning.no-such-date|4.2|31 กุมภาพันธ์ 2569"}. The keys
 * are in the translation files under {@code minutes.extraction.warning.}.
 */
public final class ExtractionWarnings {

    public static final String NO_SUCH_DATE = "minutes.extraction.warning.no-such-date";
    public static final String NO_DIRECTIVES = "minutes.extraction.warning.no-directives";
    public static final String NO_AGENDA = "minutes.extraction.warning.no-agenda";
    public static final String DATE_BEFORE_MEETING = "minutes.extraction.warning.date-before-meeting";
    public static final String NO_MEETING_DATE = "minutes.extraction.warning.no-meeting-date";

    private static final String SEPARATOR = "|";

    private ExtractionWarnings() {
    }

    static String of(String key, Object... args) {
        StringBuilder sb = new StringBuilder(key);
        for (Object a : args) {
            sb.append(SEPARATOR).append(String.valueOf(a).replace(SEPARATOR, "/"));
        }
        return sb.toString();
    }

    /** The message key of a warning. */
    public static String key(String warning) {
        int i = warning.indexOf(SEPARATOR);
        return i < 0 ? warning : warning.substring(0, i);
    }

    /** The arguments of a warning, for the message's {0}, {1}, … */
    public static Object[] args(String warning) {
        String[] parts = warning.split("\\|", -1);
        return Arrays.copyOfRange(parts, 1, parts.length);
    }
}
