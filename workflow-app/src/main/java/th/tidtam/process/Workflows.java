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

    /** Starts the latest version of a process in the caller's transaction; returns the process instance id. */
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey(processKey, businessKey, variables).getId();
    }
}
