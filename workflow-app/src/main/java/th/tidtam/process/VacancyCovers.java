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
 * the task, right before the task's create listeners; it leaves its note here under that execution's id, and the read
 * model ({@link WorkItemProjection}) takes it when the task is created on the same execution. Notes live only as long
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
        pending.computeIfAbsent(execution.getExecution().getId(), id -> new HashMap<>()).put(coveringGroup, meantFor);
    }

    /**
     * The note routing left for a task created on {@code executionId} with these candidate groups, taken (a later task
     * on the same execution gets only what its own routing notes).
     */
    static Optional<Cover> take(String executionId, Collection<String> groups) {
        Map<String, Map<String, String>> pending = PENDING.get();
        if (pending == null || executionId == null) {
            return Optional.empty();
        }
        Map<String, String> notes = pending.remove(executionId);
        if (notes == null) {
            return Optional.empty();
        }
        return groups.stream().sorted().filter(notes::containsKey)
                .filter(g -> !groups.contains(notes.get(g))) // the meant position itself got it too: nothing to return
                .findFirst().map(g -> new Cover(notes.get(g), g));
    }
}
