package th.tidtam.process;

/**
 * Names of the process variables that the work item read model copies, when a process has them. Which case a task
 * belongs to is read from the variables the process's {@link CaseProcess} names; a process without one may set the
 * generic case variables below. A change of these variables later in the process is not copied until the task itself
 * changes (assignment, candidate groups, due date, ...) or a new task is created.
 */
public final class WorkItemVariables {

    /** String: the case type's key, e.g. DIRECTIVE (up to 32 characters); for processes without a {@link CaseProcess}. */
    public static final String CASE_TYPE = "caseType";
    /** Long: the case's id within its type; for processes without a {@link CaseProcess}. */
    public static final String CASE_ID = "caseId";
    /** String: the case's number as shown (เลขที่), up to 64 characters; for processes without a {@link CaseProcess}. */
    public static final String CASE_NUMBER = "caseNumber";
    /** Long: the id of the sub-part of the case a task is about; for processes without a {@link CaseProcess}. */
    public static final String CASE_PART_ID = "casePartId";
    /** String: the subject (เรื่อง), up to 500 characters. */
    public static final String SUBJECT = "subject";
    /** String or {@link th.tidtam.casework.Urgency}: NORMAL, URGENT, VERY_URGENT, MOST_URGENT. */
    public static final String URGENCY = "urgency";
    /** String: the secrecy class (ชั้นความลับ), up to 16 characters. */
    public static final String SECRECY = "secrecy";

    /**
     * String: the position code a task was meant for when the process itself chose a covering position because it was
     * vacant (a memo's skipped level). Recorded only when the task went to the group that does that position's work
     * today, so a later task of the process (the drafter's correction) is never taken for it. Processes routing through
     * {@link OrgRouting} need not set it.
     */
    public static final String MEANT_FOR = "meantForGroup";

    private WorkItemVariables() {
    }
}
