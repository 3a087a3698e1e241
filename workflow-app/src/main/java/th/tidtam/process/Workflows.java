package th.tidtam.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/** The features' way to start their processes; the engine API stays inside this package. */
@Service
public class Workflows {

    private final RuntimeService runtimeService;

    Workflows(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * Delivers a message to the running process of a business key (e.g. "superseded"); does nothing when that
     * process has already ended.
     */
    public void message(String messageName, String processKey, String businessKey) {
        boolean running = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).active().count() > 0;
        if (running) {
            runtimeService.createMessageCorrelation(messageName).processInstanceBusinessKey(businessKey).correlate();
        }
    }

    /** Delivers a message to the one scope of a process that carries the given local variable (e.g. one unit's part). */
    public void messageToScope(String messageName, String businessKey, String variable, Object value) {
        // the subscription sits on an execution below the multi-instance one that carries the variable, so match on
        // the variable as that execution sees it (inherited), not on its local variables
        String processInstanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .active().list().stream().map(p -> p.getId()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No running process for " + businessKey));
        String executionId = runtimeService.createExecutionQuery().processInstanceId(processInstanceId)
                .messageEventSubscriptionName(messageName).list().stream()
                .filter(e -> value.equals(runtimeService.getVariable(e.getId(), variable))).map(e -> e.getId())
                .findFirst().orElseThrow(() -> new IllegalStateException("No " + messageName + " subscription for "
                        + variable + "=" + value));
        runtimeService.messageEventReceived(messageName, executionId);
    }

    /** Starts the latest version of a process in the caller's transaction; returns the process instance id. */
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey(processKey, businessKey, variables).getId();
    }
}
