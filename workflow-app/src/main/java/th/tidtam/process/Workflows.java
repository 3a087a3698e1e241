package th.tidtam.process;

import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.event.EventType;
import org.camunda.bpm.engine.impl.persistence.entity.EventSubscriptionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Service;

/** The features' way to start their processes; the engine API stays inside this package. */
@Service
public class Workflows {

    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final ProcessEngineConfigurationImpl configuration;
    private final ProvinceTenants tenants;

    Workflows(RuntimeService runtimeService, ManagementService managementService,
            ProcessEngineConfigurationImpl configuration, ProvinceTenants tenants) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.configuration = configuration;
        this.tenants = tenants;
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
        String processInstanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .active().list().stream().map(p -> p.getId()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No running process for " + businessKey));
        // the subscription sits on an execution below the multi-instance one that carries the variable, so match on
        // the variable as that execution sees it (inherited). Found and delivered in one command, from the
        // executions' entities: another unit's part of the same directive may end meanwhile (found by the load run),
        // and RuntimeService.getVariable on its vanished execution would fail the caller's whole transaction; the
        // delivery then finds the execution in the command's cache instead of reading it again
        boolean delivered;
        try {
            delivered = configuration.getCommandExecutorTxRequired().execute(context -> {
                for (EventSubscriptionEntity subscription : context.getEventSubscriptionManager()
                        .findEventSubscriptionsByProcessInstanceId(processInstanceId)) {
                    if (!EventType.MESSAGE.name().equals(subscription.getEventType())
                            || !messageName.equals(subscription.getEventName())) {
                        continue;
                    }
                    ExecutionEntity execution = subscription.getExecution();
                    if (execution != null && value.equals(execution.getVariable(variable))) {
                        new MessageEventReceivedCmd(messageName, execution.getId(), null).execute(context);
                        return true;
                    }
                }
                return false;
            });
        } catch (OptimisticLockingException e) {
            throw new ConcurrentChange();
        }
        if (!delivered) {
            throw new IllegalStateException("No " + messageName + " subscription for " + variable + "=" + value);
        }
    }

    /**
     * Starts the latest version of a process in the caller's transaction; returns the process instance id. The
     * instance's tenant is the current user's province ({@link ProvinceTenants}); a start that may run with no user
     * names the case's province with {@link #start(String, String, Long, Map)}.
     */
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey(processKey, businessKey, variables).getId();
    }

    /**
     * {@link #start(String, String, Map)} for a case of {@code caseProvinceId}: the instance's tenant is that
     * province's whoever starts it (a job, a scheduled task, the installation's administrator), so it never ends up
     * untenanted, which every province would see. Null: as the plain start.
     */
    public String start(String processKey, String businessKey, Long caseProvinceId, Map<String, Object> variables) {
        return tenants.forProvince(caseProvinceId, () -> start(processKey, businessKey, variables));
    }

    /**
     * Moves a running process's dates: sets the variables its timers read and re-dates the timers already waiting
     * (a timer computes its date when it is reached, so one waiting keeps the old date unless moved here). Does
     * nothing when no process of the business key is running.
     *
     * @param timers the new date of each waiting timer, by its BPMN activity id
     */
    public void retime(String processKey, String businessKey, Map<String, Object> variables,
            Map<String, java.util.Date> timers) {
        String processInstanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).active().list().stream().map(p -> p.getId()).findFirst()
                .orElse(null);
        if (processInstanceId == null) {
            return;
        }
        runtimeService.setVariables(processInstanceId, variables);
        timers.forEach((activityId, due) -> managementService.createJobQuery().processInstanceId(processInstanceId)
                .timers().activityId(activityId).list()
                .forEach(job -> managementService.setJobDuedate(job.getId(), due)));
    }
}
