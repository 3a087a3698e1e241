package th.tidtam.process;

import java.util.Optional;

/**
 * The subject of a case whose process keeps free text out of the engine (Camunda's schema is 3-byte utf8; subjects
 * may hold emoji), declared as a bean by the feature that owns the case type, at most one per type. The work item
 * read model asks it whenever a task of the case is created or changes, so that My work shows the subject and finds
 * the task by any word of it, not only by the case's number. It is called inside the engine's transaction, for a
 * task the case's own process created: no visibility check is made (the task's candidates are on the case's route).
 */
public interface CaseSubjects {

    /** The case type's key, as in {@link CaseProcess#caseType()}. */
    String caseType();

    /** The case's subject as a person reads it in a list; empty when there is no such case. */
    Optional<String> subject(long caseId);

    /** Words other than the number and the subject that a person may search the case's tasks by (e.g. a sender's number). */
    default String otherWords(long caseId) {
        return "";
    }
}
