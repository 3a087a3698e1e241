package th.tidtam.process;

/**
 * Names of the process variables that the work item read model copies, when a process has them. A process that
 * follows a directive sets them at its start; a change of these variables later in the process is not copied until
 * the task itself changes (assignment, candidate groups, due date, ...) or a new task is created.
 */
public final class WorkItemVariables {

    /** Long: the directive's id. */
    public static final String DIRECTIVE_ID = "directiveId";
    /** String: the directive's number (เลขที่), up to 32 characters. */
    public static final String DIRECTIVE_NUMBER = "directiveNumber";
    /** String: the subject (เรื่อง), up to 500 characters. */
    public static final String SUBJECT = "subject";
    /** String or {@link Urgency}: NORMAL, URGENT, VERY_URGENT, MOST_URGENT. */
    public static final String URGENCY = "urgency";
    /** String: the secrecy class (ชั้นความลับ), up to 16 characters. */
    public static final String SECRECY = "secrecy";
    /** Long: the id of the unit the directive is addressed to. */
    public static final String UNIT_ID = "unitId";

    private WorkItemVariables() {
    }
}
