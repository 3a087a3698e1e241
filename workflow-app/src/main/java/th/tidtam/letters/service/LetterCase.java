package th.tidtam.letters.service;

import th.tidtam.casework.CaseRef;
import th.tidtam.casework.numbering.NumberSeries;

/** The incoming letter's names in the casework core and the engine. */
public final class LetterCase {

    public static final String TYPE = "LETTER_IN";
    public static final String PROCESS_KEY = "incoming-letter";
    /** The handling position's task: file it, hand it on, or present it up with a memo. */
    public static final String TASK_HANDLE = "handleLetter";
    /** Numbers restart every calendar year (the regulation's register; the directive's restart with the BE year). */
    public static final NumberSeries.Series SERIES = new NumberSeries.Series("LETTER_IN", NumberSeries.Restart.CALENDAR_YEAR);
    /** The register's numbers are five digits: 99999 is the last a year can hold. */
    public static final int MAX_NUMBER = 99_999;

    private LetterCase() {
    }

    public static CaseRef of(long letterId) {
        return new CaseRef(TYPE, letterId);
    }

    public static String businessKey(long letterId) {
        return "letter-in-" + letterId;
    }
}
