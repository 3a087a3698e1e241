package th.tidtam.directive.service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import th.tidtam.process.WorkItem;
import th.tidtam.work.CaseWorkItems;

/**
 * What the directive adds to its work items in "My work": the API's {@code directiveId}, {@code directiveNumber} and
 * {@code unitId} of every directive task (as before the inbox knew cases), the {@code partId} of a unit's task, and
 * the subjects, which the process does not carry (free text stays out of the engine).
 */
@Component
class DirectiveWorkItems implements CaseWorkItems {

    private final DirectiveQueries queries;

    DirectiveWorkItems(DirectiveQueries queries) {
        this.queries = queries;
    }

    @Override
    public String caseType() {
        return DirectiveCase.TYPE;
    }

    @Override
    public Map<String, Object> caseFields(WorkItem item) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("directiveId", item.caseId());
        fields.put("directiveNumber", item.caseNumber());
        // the process has never carried the unit of a task (always null here); the part it is about is in the row
        fields.put("unitId", null);
        fields.put("partId", item.casePartId());
        return fields;
    }

    @Override
    public Map<Long, String> subjects(Collection<Long> caseIds) {
        return queries.subjects(caseIds);
    }
}
