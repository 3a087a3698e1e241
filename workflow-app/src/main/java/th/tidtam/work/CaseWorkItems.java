package th.tidtam.work;

import java.util.Collection;
import java.util.Map;

import th.tidtam.process.WorkItem;

/**
 * What a case type adds to its work items in "My work", as a bean of the feature that owns the case type (at most one
 * per case type). Work items of a type without one are shown with their generic fields only.
 */
public interface CaseWorkItems {

    /** The case type, e.g. {@code DIRECTIVE}, as in {@link WorkItem#caseType()}. */
    String caseType();

    /**
     * Properties the case type adds to each of its task rows in the API ({@code GET /api/tasks} and the {@code task}
     * of {@code GET /api/tasks/{id}}), next to the generic ones, for clients that know the case type. Keys must not be
     * names of {@link WorkItem}'s own fields; values may be null.
     */
    default Map<String, Object> caseFields(WorkItem item) {
        return Map.of();
    }

    /**
     * The subjects of those of these cases that the current user may see, by case id, for work items that carry no
     * subject of their own (a process keeps free text out of the engine's variables). One query per page.
     */
    default Map<Long, String> subjects(Collection<Long> caseIds) {
        return Map.of();
    }
}
