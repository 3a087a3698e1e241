package th.tidtam.process;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;

/**
 * What routing decided while the engine creates a task: which vacant position the work was meant for and which group
 * took it instead. A candidate-group expression ({@code ${orgRouting...}}) runs on the execution that is about to get
 * the task, right before the task's create listeners; it leaves its note here under that execution's id and the task's
 * activity, and the read model ({@link WorkItemProjection}) takes it when that task is created on that execution. Notes live only as long
 * as the engine command that made them, so a routing answer given for anything else (a screen, a service task) is
 * never pinned on a later task of another command.
 */
final class VacancyCovers {

    /** The position code the task was meant for, and the group that took the work while it was vacant. */
    record Cover(String meantFor, String coveringGroup) {
    }

    private static final ThreadLocal<Map<String, Map<String, String>>> PENDING = new ThreadLocal<>();

    private VacancyCovers() {
    }

    /** Routing gave {@code coveringGroup} the work meant for {@code meantFor}; nothing to note when they are the same. */
    static void routed(String meantFor, String coveringGroup) {
        if (meantFor == null || coveringGroup == null || meantFor.equals(coveringGroup)) {
            return;
        }
        BpmnExecutionContext execution = Context.getBpmnExecutionContext();
        CommandContext command = Context.getCommandContext();
        if (execution == null || execution.getExecution() == null || command == null) {
            return; // not while the engine creates a task: nothing to pin it on
        }
        Map<String, Map<String, String>> pending = PENDING.get();
        if (pending == null) {
            pending = new HashMap<>();
            PENDING.set(pending);
            command.registerCommandContextListener(new CommandContextListener() {
                @Override
                public void onCommandContextClose(CommandContext commandContext) {
                    PENDING.remove();
                }

                @Override
                public void onCommandFailed(CommandContext commandContext, Throwable t) {
                    PENDING.remove();
                }
            });
        }
        // under the execution and the activity it is at: while the engine evaluates a user task's candidate groups the
        // execution stands at that task, so an answer given for anything else (a service task, a listener of
        // another step) never matches a task created later on the same execution
        pending.computeIfAbsent(key(execution.getExecution().getId(), execution.getExecution().getActivityId()),
                k -> new HashMap<>()).put(coveringGroup, meantFor);
    }

    private static String key(String executionId, String activityId) {
        return executionId + "/" + activityId;
    }

    /**
     * The note routing left for a task created on {@code executionId} with these candidate groups, taken (a later task
     * on the same execution gets only what its own routing notes).
     */
    static Optional<Cover> take(String executionId, String taskDefinitionKey, Collection<String> groups) {
        Map<String, Map<String, String>> pending = PENDING.get();
        if (pending == null || executionId == null) {
            return Optional.empty();
        }
        Map<String, String> notes = pending.remove(key(executionId, taskDefinitionKey));
        if (notes == null) {
            return Optional.empty();
        }
        return groups.stream().sorted().filter(notes::containsKey)
                .filter(g -> !groups.contains(notes.get(g))) // the meant position itself got it too: nothing to return
                .findFirst().map(g -> new Cover(notes.get(g), g));
    }
}
