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

    /** Starts the latest version of a process in the caller's transaction; returns the process instance id. */
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey(processKey, businessKey, variables).getId();
    }
}
