package th.tidtam.work.ui;

import java.util.Set;

import com.vaadin.flow.component.Component;

import th.tidtam.work.MyTask;

/**
 * The body of the task screen for some task keys, as a bean of the feature that owns them: the case's context and
 * the decisions the step accepts. The shell ({@link TaskView}) shows the task's name and the position through which
 * it is mine above it. One form per task key across the application.
 */
public interface TaskForm {

    /** The task definition keys (BPMN user task ids) this form shows. */
    Set<String> taskKeys();

    /**
     * A new component for this task, for one screen. Throws Vaadin's {@code NotFoundException} when the case is not
     * there for the user; {@code actions} runs the decisions with the shell's messages.
     */
    Component render(MyTask task, TaskActions actions);
}
