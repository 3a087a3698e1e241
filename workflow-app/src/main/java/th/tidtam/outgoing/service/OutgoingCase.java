package th.tidtam.outgoing.service;

import th.tidtam.casework.CaseRef;
import th.tidtam.casework.numbering.NumberSeries;

/** The outgoing letter as a case type of the casework core. */
public final class OutgoingCase {

    /** The case type's key in the core's tables and the memo's subject type. */
    public static final String TYPE = "LETTER_OUT";

    /** Above this a book's year is full: the regulation's registers run to five digits. */
    static final int MAX_NUMBER = 99_999;

    private OutgoingCase() {
    }

    public static CaseRef of(long letterId) {
        return CaseRef.of(TYPE, letterId);
    }

    /**
     * Each book counts its normal letters and its circulars (ว) separately, restarting every calendar year. Named by
     * the book's id, not its owner code, so that correcting a code never starts a series again.
     */
    static NumberSeries.Series series(long bookId, boolean circular) {
        return new NumberSeries.Series((circular ? "OUTGOING-W:" : "OUTGOING:") + bookId, NumberSeries.Restart.CALENDAR_YEAR);
    }

    /** "ฉช 0017.2/1234", "ฉช 0017.2/ว 123". */
    static String number(String ownerCode, boolean circular, int seq) {
        return ownerCode + "/" + (circular ? "ว " : "") + seq;
    }
}
