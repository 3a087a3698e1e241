package th.tidtam.casework.attachment;

import java.util.List;

import th.tidtam.org.service.CurrentPosition;

/**
 * The attachment port: each case type answers, as a Spring bean, who may attach what to which of its cases, parts and
 * reports, and hears of files added and shown (for its timeline and its read records). {@link CaseAttachments} asks
 * it only once the case's {@code CaseVisibility} has let the user see the case; a case type without a policy is
 * readable but takes no files.
 */
public interface AttachmentPolicy {

    /** The case type this bean answers for, e.g. {@code DIRECTIVE}. */
    String caseType();

    /**
     * The position the current user attaches a file in (to the whole case, to one part, or to one report of the case).
     * Refuses with a {@link th.tidtam.base.RuleViolation} saying why (a part or report not of this case, no position on
     * it, a closed case), or with "not found" for a case that does not exist. Runs in the adding transaction, before
     * the file is read.
     */
    CurrentPosition attacher(List<CurrentPosition> mine, long caseId, Long partId, Long reportId);

    /** Whether someone filling these positions may attach to the case (or part): shows or hides an upload. */
    boolean mayAttach(List<CurrentPosition> mine, long caseId, Long partId);

    /**
     * Whether someone filling these positions, who may see the case, may also see the files of this part (null: the
     * files of the whole case). A case type whose parts carry their own secrecy or their own audience (a classified
     * agenda item, an agency's submission not yet on the agenda) hides their files here; by default every file of a
     * visible case is visible.
     */
    default boolean maySeePart(List<CurrentPosition> mine, long caseId, Long partId) {
        return true;
    }

    /** A file was recorded, in the same transaction: e.g. the case's timeline entry. */
    default void attached(CaseAttachments.Item item) {
    }

    /** A file of the case is about to be sent to the current user, who may see it: e.g. a classified read. */
    default void shown(CaseAttachments.Item item) {
    }
}
