package th.tidtam.process;

import th.tidtam.casework.Urgency;
import java.time.Instant;
import java.util.List;

/**
 * An open user task as the inbox shows it, read from the application's own read model (table {@code work_item}).
 * {@code candidateGroups} are position codes; the directive fields are copied from the process variables
 * {@link WorkItemVariables} when the process has them, else null.
 */
public record WorkItem(String taskId, String processInstanceId, String processDefinitionKey, String taskDefinitionKey,
        String name, List<String> candidateGroups, String assignee, String businessKey, Instant createdAt,
        Instant dueAt, Instant followUpAt, int priority, Long directiveId, String directiveNumber, String subject,
        Urgency urgency, String secrecy, Long unitId) {

    public WorkItem {
        candidateGroups = List.copyOf(candidateGroups);
    }

    public boolean isOverdue(Instant now) {
        return dueAt != null && dueAt.isBefore(now);
    }
}
