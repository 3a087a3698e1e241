package th.tidtam.process;

import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import th.tidtam.base.RuleViolation;

/** Completing the engine's user tasks on behalf of the features, which check who may do it first. */
@Service
public class Tasks {

    private final TaskService taskService;
    private final ProcessEngineConfigurationImpl configuration;

    Tasks(TaskService taskService, ProcessEngineConfigurationImpl configuration) {
        this.taskService = taskService;
        this.configuration = configuration;
    }

    /**
     * A variable as the task sees it (its own scope first, then up to the process instance); empty when the task is
     * done. Another holder of the position may complete the task at any moment, so the task is looked up and read in
     * one engine command: the engine's own "task is null" exception would mark the caller's transaction
     * rollback-only even when caught, and a double click would end in a 500 instead of "already done".
     */
    public java.util.Optional<Object> variable(String taskId, String name) {
        return java.util.Optional.ofNullable(configuration.getCommandExecutorTxRequired().execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            return task == null ? null : task.getVariable(name);
        }));
    }

    /** The open tasks of the given kinds whose scope carries the given variable value (e.g. one unit's part). */
    public java.util.List<String> openTasksOfScope(String processInstanceId, java.util.Collection<String> taskDefinitionKeys,
            String variable, Object value) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKeyIn(taskDefinitionKeys.toArray(String[]::new)).list().stream()
                .filter(t -> value.equals(variable(t.getId(), variable).orElse(null))).map(Task::getId).toList();
    }

    /** Moves the due date of the open tasks of one kind whose scope carries the given variable value. */
    public int moveDueDate(String processInstanceId, String taskDefinitionKey, String variable, Object value,
            java.util.Date due) {
        int moved = 0;
        for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskDefinitionKey).list()) {
            if (value.equals(variable(task.getId(), variable).orElse(null))) {
                task.setDueDate(due);
                taskService.saveTask(task);
                moved++;
            }
        }
        return moved;
    }

    /**
     * Completes an open task in the caller's transaction. A task that is already done (another holder of the position
     * was faster, or a double click) is refused with a clear message and nothing changes. The engine's optimistic lock
     * failing means that someone changed the same process at the same moment — the task itself may well still be
     * open (another unit finishing its part of the same directive) — so that is a {@link ConcurrentChange}: tried
     * again, the request either succeeds or finds the task done.
     */
    public void complete(String taskId, Map<String, Object> variables) {
        boolean open;
        try {
            // looked up and completed in one engine command: the completion finds the task in the command's cache
            // instead of reading it again, and a task already done is still told apart before the engine sees it
            open = configuration.getCommandExecutorTxRequired().execute(context -> {
                if (context.getTaskManager().findTaskById(taskId) == null) {
                    return false;
                }
                new CompleteTaskCmd(taskId, variables, false, false).execute(context);
                return true;
            });
        } catch (OptimisticLockingException e) {
            throw new ConcurrentChange();
        } catch (ProcessEngineException e) {
            if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
                throw new RuleViolation("task.error.already-done");
            }
            throw e;
        }
        if (!open) {
            throw new RuleViolation("task.error.already-done");
        }
    }
}
