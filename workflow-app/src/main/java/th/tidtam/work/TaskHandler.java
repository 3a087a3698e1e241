package th.tidtam.work;

import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.tidtam.base.RuleViolation;

/**
 * What a case type's tasks are over HTTP ({@code /api/tasks/{id}}), as a bean of the feature that owns them: the
 * generic task endpoints look the handler up by the task's definition key, after the task guard ({@link MyTasks}) has
 * found the task to be the caller's. One handler per task key across the application; a task whose key no handler
 * claims is 404 to read and "wrong kind" to complete.
 */
public interface TaskHandler {

    /** The task definition keys (BPMN user task ids) this handler answers for. */
    Set<String> taskKeys();

    /**
     * What {@code GET /api/tasks/{id}} shows of the task besides the task itself, the position and the capacity: the
     * object's JSON properties appear next to those three (e.g. the case, the outcomes and fields the completion
     * accepts). Throws {@code ApiProblems.NotFound} when the case is not there for the caller.
     */
    Object context(MyTask task);

    /**
     * The outcomes of this task key that need nothing but the outcome itself, which "My work" offers for many tasks
     * at once ({@code POST /api/tasks/bulk}): each task is still checked and completed alone, through
     * {@link #complete} with the body {@code {"outcome": …}}. The screen labels such an action with the translation
     * key {@code task.bulk.<taskKey>.<OUTCOME>}. None by default: a step that needs a note or a choice is never bulk.
     */
    default Set<String> bulkOutcomes(String taskKey) {
        return Set.of();
    }

    /**
     * The record {@link #complete} reads the body into. A body that no handler's record can take (a wrong type, an
     * unknown enum value) is refused as unreadable before the task is looked at, whoever's task it is, as Spring
     * refuses a typed request body.
     */
    Class<?> completionType();

    /**
     * Completes the task with the body of {@code POST /api/tasks/{id}/complete}, a JSON object that the handler reads
     * into its own record ({@link #read}). Refusals are {@code RuleViolation}s; an unknown or missing outcome is
     * {@code task.error.outcome-unknown}. The endpoint runs it again when the engine met a concurrent change.
     */
    void complete(MyTask task, JsonNode body);

    /**
     * The request body as the handler's record, read by the application's JSON mapper like any other request body;
     * one it cannot read (a wrong type, an unknown enum value) is refused like an unreadable request.
     */
    static <T> T read(ObjectMapper json, JsonNode body, Class<T> type) {
        try {
            T value = json.treeToValue(body, type);
            if (value == null) {
                throw new RuleViolation("error.unreadable-request");
            }
            return value;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new RuleViolation("error.unreadable-request");
        }
    }
}
