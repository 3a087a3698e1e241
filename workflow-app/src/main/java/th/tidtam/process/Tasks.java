package th.tidtam.process;

import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import th.tidtam.base.RuleViolation;

/** Completing the engine's user tasks on behalf of the features, which check who may do it first. */
@Service
public class Tasks {

    private final TaskService taskService;

    Tasks(TaskService taskService) {
        this.taskService = taskService;
    }

    /** A variable as the task sees it (its own scope first, then up to the process instance). */
    public java.util.Optional<Object> variable(String taskId, String name) {
        if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(taskService.getVariable(taskId, name));
    }

    /** The open tasks of the given kinds whose scope carries the given variable value (e.g. one unit's part). */
    public java.util.List<String> openTasksOfScope(String processInstanceId, java.util.Collection<String> taskDefinitionKeys,
            String variable, Object value) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKeyIn(taskDefinitionKeys.toArray(String[]::new)).list().stream()
                .filter(t -> value.equals(taskService.getVariable(t.getId(), variable))).map(Task::getId).toList();
    }

    /** Moves the due date of the open tasks of one kind whose scope carries the given variable value. */
    public int moveDueDate(String processInstanceId, String taskDefinitionKey, String variable, Object value,
            java.util.Date due) {
        int moved = 0;
        for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskDefinitionKey).list()) {
            if (value.equals(taskService.getVariable(task.getId(), variable))) {
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
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new RuleViolation("task.error.already-done");
        }
        try {
            taskService.complete(taskId, variables);
        } catch (OptimisticLockingException e) {
            throw new ConcurrentChange();
        } catch (ProcessEngineException e) {
            if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
                throw new RuleViolation("task.error.already-done");
            }
            throw e;
        }
    }
}
