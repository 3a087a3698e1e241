package th.tidtam.matters.service;

import th.tidtam.casework.CaseRef;

/** The matter's names in the casework core and the engine. */
public final class MatterCase {

    public static final String TYPE = "MATTER";
    public static final String PROCESS_KEY = "unowned-matter";
    public static final String MONTHLY_PROCESS_KEY = "unowned-matters-monthly";
    public static final String TASK_TRIAGE = "triageMatter";
    public static final String TASK_ACCEPT = "acceptMatter";
    public static final String TASK_REASSIGN = "reassignMatter";
    public static final String TASK_WORK = "workOnMatter";
    public static final String TASK_REVIEW = "reviewMatterResult";
    public static final String TASK_EXTENSION = "decideMatterExtension";
    public static final String MESSAGE_EXTENSION = "matterExtensionRequested";

    private MatterCase() {
    }

    public static CaseRef of(long id) {
        return CaseRef.of(TYPE, id);
    }

    public static String businessKey(long id) {
        return "matter-" + id;
    }
}
