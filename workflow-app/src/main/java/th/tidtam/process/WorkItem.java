package th.tidtam.process;

import th.tidtam.casework.Urgency;
import java.time.Instant;
import java.util.List;

/**
 * An open user task as the inbox shows it, read from the application's own read model (table {@code work_item}).
 * {@code candidateGroups} are position codes. The case fields say which case the task belongs to: {@code caseType}
 * (e.g. {@code DIRECTIVE}), {@code caseId} within that type, {@code caseNumber} as shown, and {@code casePartId} the
 * sub-part the task is about when the case type has parts; they are copied from the process variables that the
 * process's {@link CaseProcess} names (or the generic {@link WorkItemVariables}), else null.
 */
public record WorkItem(String taskId, String processInstanceId, String processDefinitionKey, String taskDefinitionKey,
        String name, List<String> candidateGroups, String assignee, String businessKey, Instant createdAt,
        Instant dueAt, Instant followUpAt, int priority, String caseType, Long caseId, String caseNumber, String subject,
        Urgency urgency, String secrecy, Long casePartId) {

    public WorkItem {
        candidateGroups = List.copyOf(candidateGroups);
    }

    public boolean isOverdue(Instant now) {
        return dueAt != null && dueAt.isBefore(now);
    }

    /** Whether the task belongs to a case of this type. */
    public boolean isOfCaseType(String type) {
        return type != null && type.equals(caseType);
    }
}
