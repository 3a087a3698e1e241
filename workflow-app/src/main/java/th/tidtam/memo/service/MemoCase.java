package th.tidtam.memo.service;

import th.tidtam.casework.CaseRef;
import th.tidtam.casework.numbering.NumberSeries;

/** The memo's names in the casework core and the process engine. */
public final class MemoCase {

    public static final String TYPE = "MEMO";
    public static final String PROCESS_KEY = "memo-chain";
    /** a level's task: present upward, return for correction, or decide */
    public static final String TASK_ANNOTATE = "annotateMemo";
    /** the drafter's task after a return: correct and send up again, or withdraw */
    public static final String TASK_CORRECT = "correctMemo";
    static final NumberSeries.Series SERIES = new NumberSeries.Series("MEMO", NumberSeries.Restart.BUDDHIST_YEAR);

    private MemoCase() {
    }

    public static CaseRef ref(long memoId) {
        return CaseRef.of(TYPE, memoId);
    }

    public static String businessKey(long memoId) {
        return "memo-" + memoId;
    }
}
