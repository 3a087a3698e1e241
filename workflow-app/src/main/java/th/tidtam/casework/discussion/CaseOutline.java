package th.tidtam.casework.discussion;

import java.util.List;
import java.util.Optional;

/**
 * What a discussion needs to know of a case, answered by the case type as a Spring bean: the number people know it
 * by (for the alert a mention raises) and its parts (a directive's units), each of which has its own thread. A case
 * type without an outline can still be discussed, as a whole, under its id.
 */
public interface CaseOutline {

    /** A part of a case as a thread's heading names it. */
    record Part(long id, String nameTh, String nameEn) {

        public String name(boolean thai) {
            return thai ? nameTh : nameEn;
        }
    }

    /** The case type this bean answers for, e.g. {@code DIRECTIVE}. */
    String caseType();

    /** The case's number as people write it ({@code 00012/2569}); empty when the case does not exist. */
    Optional<String> number(long caseId);

    /** The case's parts in the order its screen lists them; empty for a case without parts. */
    List<Part> parts(long caseId);
}
