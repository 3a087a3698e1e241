package th.tidtam.casework;

import java.util.Collection;
import java.util.List;

import th.tidtam.org.service.CurrentPosition;

/**
 * The visibility port: each case type answers, as a Spring bean, whether a person may see one of its cases through
 * the positions they fill today. The inbox, attachments, alerts, the audit trail and dashboards ask this port (through
 * {@link CaseAccess}) instead of reading the owning module's tables. What a person may not see does not exist for
 * them (404), so implementations decide in their own queries and never throw for "not visible".
 */
public interface CaseVisibility {

    /** The case type this bean answers for, e.g. {@code DIRECTIVE}. */
    String caseType();

    /** May someone filling these positions see the case? */
    boolean canSee(List<CurrentPosition> positions, long caseId);

    /** Which of the given cases they may see; one query where the case type can (lists, pages). */
    default List<Long> visibleAmong(List<CurrentPosition> positions, Collection<Long> caseIds) {
        return caseIds.stream().filter(id -> canSee(positions, id)).toList();
    }
}
