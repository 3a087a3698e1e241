package th.tidtam.memo;

import java.util.Optional;
import java.util.Set;

/**
 * A record a memo can be about (an incoming letter, an outgoing draft to sign, a draft order), as a Spring bean. The
 * memo module knows none of the modules that implement it: they plug in here.
 */
public interface MemoSubject {

    /** "LETTER_IN", "LETTER_OUT", "ORDER" */
    String caseType();

    /**
     * Subject line and reference for the memo's heading / the directive's source, e.g. "หนังสือ มท 0211.3/ว 1234
     * ลงวันที่ ๒ ธ.ค. ๒๕๖๙"; empty when the caller may not see it.
     */
    Optional<SubjectSummary> summary(long subjectId);

    /** Decisions the subject allows at the top (e.g. LETTER_OUT/ORDER: SIGN, DISAPPROVE; LETTER_IN: all but SIGN). */
    Set<Decision> decisions(long subjectId);

    /** The memo about it was sent up (e.g. the incoming letter's handling task completes as "presented"). May refuse (RuleViolation). */
    void presented(long subjectId, long memoId);

    /** Decided, in the deciding transaction: a RuleViolation rolls the decision back (e.g. order's effect refused). */
    void decided(long subjectId, MemoDecided decision);
}
