package th.tidtam.process;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Service;

/**
 * The process diagram of one process instance as SVG, drawn on the server from the BPMN DI of the deployed model
 * (no bpmn-js: the front end cannot be built here). Steps with active instances are marked current (with a count when
 * several run at once, e.g. one per unit), finished steps lightly tinted.
 */
@Service
public class ProcessDiagrams {

    /** The engine's id of the wrapper around a multi-instance activity; its children carry the activity's own id. */
    static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;

    ProcessDiagrams(RepositoryService repositoryService, RuntimeService runtimeService, HistoryService historyService) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
    }

    /**
     * The diagram of a running or ended process instance with its current and finished steps marked; empty when the
     * instance is unknown or its model carries no diagram.
     */
    public Optional<String> svg(String processInstanceId) {
        if (processInstanceId == null || processInstanceId.isBlank()) {
            return Optional.empty();
        }
        ProcessInstance running = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
        String definitionId;
        if (running != null) {
            definitionId = running.getProcessDefinitionId();
        } else {
            HistoricProcessInstance ended = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceId(processInstanceId).singleResult();
            if (ended == null) {
                return Optional.empty();
            }
            definitionId = ended.getProcessDefinitionId();
        }
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(definitionId);
        if (model == null) {
            return Optional.empty();
        }
        Map<String, Integer> current = running == null ? Map.of() : currentActivities(processInstanceId);
        Set<String> done = finishedActivities(processInstanceId);
        return BpmnSvgRenderer.render(model, current, done);
    }

    private Map<String, Integer> currentActivities(String processInstanceId) {
        Map<String, Integer> counts = new HashMap<>();
        ActivityInstance root = runtimeService.getActivityInstance(processInstanceId);
        if (root != null) {
            // the root stands for the process itself, not a step
            for (ActivityInstance child : root.getChildActivityInstances()) {
                count(child, counts);
            }
            countTransitions(root, counts);
        }
        return counts;
    }

    private static void count(ActivityInstance instance, Map<String, Integer> counts) {
        String id = instance.getActivityId();
        // the multi-instance body is not a step of its own: its children are counted, once each
        if (id != null && !id.endsWith(MULTI_INSTANCE_BODY)) {
            counts.merge(id, 1, Integer::sum);
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            count(child, counts);
        }
        countTransitions(instance, counts);
    }

    /** Asynchronous continuations waiting for the job executor are current too. */
    private static void countTransitions(ActivityInstance instance, Map<String, Integer> counts) {
        for (TransitionInstance t : instance.getChildTransitionInstances()) {
            if (t.getActivityId() != null) {
                counts.merge(activityId(t.getActivityId()), 1, Integer::sum);
            }
        }
    }

    private Set<String> finishedActivities(String processInstanceId) {
        Set<String> done = new HashSet<>();
        for (HistoricActivityInstance h : historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).finished().list()) {
            // a step stopped by an interrupting event (e.g. superseded) was not done
            if (!h.isCanceled() && h.getActivityId() != null) {
                done.add(activityId(h.getActivityId()));
            }
        }
        return done;
    }

    static String activityId(String engineActivityId) {
        return engineActivityId.endsWith(MULTI_INSTANCE_BODY)
                ? engineActivityId.substring(0, engineActivityId.length() - MULTI_INSTANCE_BODY.length())
                : engineActivityId;
    }
}
