package th.tidtam.coordination.service;

import th.tidtam.casework.CaseRef;
import th.tidtam.casework.numbering.NumberSeries;

/** The coordination request's names in the casework core and the engine. */
public final class CoordinationCase {

    public static final String TYPE = "COORDINATION";
    public static final String PROCESS_KEY = "coordination-request";
    /** An agency's answer (My work of the agency head's position). */
    public static final String TASK_ANSWER = "answerCoordination";
    /** The requester writes the result and closes, or presents it with a memo. */
    public static final String TASK_CONSOLIDATE = "consolidateCoordination";
    /** Every party answered, or the requester consolidates before the due date. */
    static final String MESSAGE_READY = "coordinationReady";
    static final String MESSAGE_WITHDRAWN = "coordinationWithdrawn";
    /** Numbered {@code ปส. N/BE-year}, restarting each Buddhist-era year. */
    public static final NumberSeries.Series SERIES = new NumberSeries.Series(TYPE, NumberSeries.Restart.BUDDHIST_YEAR);

    private CoordinationCase() {
    }

    public static CaseRef of(long requestId) {
        return new CaseRef(TYPE, requestId);
    }

    public static String businessKey(long requestId) {
        return "coordination-" + requestId;
    }
}
