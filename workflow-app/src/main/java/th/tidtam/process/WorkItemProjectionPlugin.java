package th.tidtam.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code work_item} read model in step with every user task of every deployed model: a parse listener
 * attaches the projection's task listeners, so no model has to declare them.
 *
 * <p>The listeners are the engine's built-in kind: they run even when an operation skips custom listeners
 * (cancelling or modifying a process instance from Cockpit), so a task never stays in the inbox after it is gone.
 * Built-in listeners run before the model's own; when a model has its own create listeners (which may change the
 * candidate groups), a second, custom create listener writes the row again after them. Candidate groups changed
 * on a live task through the TaskService fire the {@code update} event (Camunda 7.24: both adding and deleting an
 * identity link call {@code TaskEntity.triggerUpdateEvent}).
 */
@Component
class WorkItemProjectionPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<WorkItemProjection> projection;

    WorkItemProjectionPlugin(ObjectProvider<WorkItemProjection> projection) {
        this.projection = projection;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new UserTaskListenerAttacher());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private final class UserTaskListenerAttacher extends AbstractBpmnParseListener {

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
                return;
            }
            TaskDefinition definition = behavior.getTaskDefinition();
            String processDefinitionKey = activity.getProcessDefinition() instanceof ProcessDefinitionEntity d ? d.getKey()
                    : activity.getProcessDefinition().getId();
            TaskListener sync = task -> projection.getObject().sync(task, processDefinitionKey, candidateGroups(task), false);
            TaskListener open = task -> projection.getObject().sync(task, processDefinitionKey, candidateGroups(task), true);
            TaskListener remove = WorkItemProjectionPlugin.this::remove;
            List<TaskListener> modelCreateListeners = definition.getTaskListenersForEvent(TaskListener.EVENTNAME_CREATE);
            boolean modelHasCreateListeners = modelCreateListeners != null && !modelCreateListeners.isEmpty();
            // the task is announced (WorkItemOpened) once, by the last create listener: only then are its groups final
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, modelHasCreateListeners ? sync : open);
            if (modelHasCreateListeners) {
                definition.addTaskListener(TaskListener.EVENTNAME_CREATE, open);
            }
            // update fires for every change of a live task (identity links, assignee, due date, task variables, ...);
            // assignment follows it when the assignee changed, and also follows create when a model listener set one
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, sync);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, sync);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, remove);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, remove);
        }
    }

    /**
     * The task's candidate groups as the command leaves them. A candidate group deleted in this command is still in
     * the task's identity links (the engine deletes the row only at flush): leave out what the command deleted.
     */
    private static List<String> candidateGroups(DelegateTask task) {
        CommandContext command = Context.getCommandContext();
        DbEntityManager db = command == null ? null : command.getDbEntityManager();
        return task.getCandidates().stream()
                .filter(link -> db == null || !(link instanceof DbEntity entity && db.isDeleted(entity)))
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    }

    private void remove(DelegateTask task) {
        projection.getObject().remove(task.getId());
    }
}
