package th.tidtam.work.api;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;

import th.tidtam.process.WorkItem;

/**
 * A task as the API shows it: the work item's own fields and, next to them, the fields its case type adds
 * ({@link th.tidtam.work.CaseWorkItems#caseFields}), e.g. the directive's {@code directiveId}.
 */
@Schema(description = "An open task of mine; then the properties its case type adds (a directive's task: directiveId, "
        + "directiveNumber, unitId)", additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
final class TaskRow {

    private final WorkItem item;
    private final Map<String, Object> caseFields;

    TaskRow(WorkItem item, Map<String, Object> caseFields) {
        this.item = item;
        this.caseFields = caseFields;
    }

    @JsonUnwrapped
    public WorkItem getItem() {
        return item;
    }

    @JsonAnyGetter
    public Map<String, Object> getCaseFields() {
        return caseFields;
    }
}
