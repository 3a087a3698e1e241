package th.tidtam.process;

import java.time.Instant;
import java.util.List;

import th.tidtam.casework.Urgency;

/**
 * A user task was created: published once per task, after the model's own create listeners have set its candidate
 * groups, synchronously in the engine's transaction (a listener's writes commit or roll back with the task).
 * {@code candidateGroups} are position codes; {@code secrecy} is the case's secrecy class name, or null.
 */
public record WorkItemOpened(String taskId, String taskName, List<String> candidateGroups, String caseType, Long caseId,
        String caseNumber, String subject, Urgency urgency, String secrecy, Instant dueAt) {

    public WorkItemOpened {
        candidateGroups = List.copyOf(candidateGroups);
    }
}
