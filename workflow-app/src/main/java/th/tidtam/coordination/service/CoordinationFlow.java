package th.tidtam.coordination.service;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import th.tidtam.coordination.domain.CoordinationRequest;
import th.tidtam.process.Tasks;
import th.tidtam.process.Workflows;

/**
 * The request's process moved by the module's own steps: the consolidation opened (every party answered, or the
 * requester consolidates early) and the process ended (closed, presented, withdrawn). {@code readyAt} says whether
 * the process still waits at its gate (null) or the consolidation task is open, so that no message is sent to a
 * process that no longer waits for it.
 */
@Component
class CoordinationFlow {

    private final Workflows workflows;
    private final Tasks tasks;
    private final Clock clock;

    CoordinationFlow(Workflows workflows, Tasks tasks, Clock clock) {
        this.workflows = workflows;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Opens the requester's consolidation task, unless it is open already. */
    void ready(CoordinationRequest r) {
        if (r.getReadyAt() == null) {
            r.setReadyAt(clock.instant());
            workflows.message(CoordinationCase.MESSAGE_READY, CoordinationCase.PROCESS_KEY, CoordinationCase.businessKey(r.getId()));
        }
    }

    /** Ends the process: through the gate's message while it waits there, else by finishing the consolidation task. */
    void end(CoordinationRequest r, String message) {
        if (r.getReadyAt() == null) {
            r.setReadyAt(clock.instant());
            workflows.message(message, CoordinationCase.PROCESS_KEY, CoordinationCase.businessKey(r.getId()));
        } else {
            finishConsolidation(r);
        }
    }

    /** Completes the consolidation task (opening it first when the requester consolidates before the due date). */
    void finishConsolidation(CoordinationRequest r) {
        ready(r);
        for (String taskId : tasks.openTasksOfScope(r.getProcessInstanceId(), Set.of(CoordinationCase.TASK_CONSOLIDATE),
                "requestId", r.getId())) {
            tasks.complete(taskId, Map.of());
        }
    }

    void completeAnswer(String taskId) {
        tasks.complete(taskId, Map.of());
    }

    /** The open answer task of one agency party, if any (the API and the screen answer through it). */
    java.util.Optional<String> answerTask(CoordinationRequest r, long partyId) {
        return tasks.openTasksOfScope(r.getProcessInstanceId(), Set.of(CoordinationCase.TASK_ANSWER), "partyId", partyId)
                .stream().findFirst();
    }
}
