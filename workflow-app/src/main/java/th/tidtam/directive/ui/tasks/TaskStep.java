package th.tidtam.directive.ui.tasks;

import java.time.ZoneId;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouteParameters;

import th.tidtam.directive.service.DirectiveTasks;
import th.tidtam.directive.service.DirectiveViews;
import th.tidtam.directive.service.ExtensionTasks;
import th.tidtam.directive.service.ProgressReviewTasks;
import th.tidtam.directive.service.ScreeningAndClosure;
import th.tidtam.directive.service.UnitPartTasks;
import th.tidtam.directive.ui.DirectiveView;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.work.MyTask;
import th.tidtam.work.ui.TaskActions;

/**
 * One directive task on screen: the task, its directive, the stages' services the forms act through, the zone times are
 * shown in (the application clock's), and how a decision is run (the shell's {@link TaskActions}); after a decision
 * the user sees the directive.
 */
record TaskStep(MyTask task, DirectiveViews.Detail directive, DirectiveTasks tasks, ScreeningAndClosure screening,
        UnitPartTasks unitParts, ExtensionTasks extensions, ProgressReviewTasks reviews, OrgDirectory org, ZoneId zone,
        TaskActions actions) {

    String taskId() {
        return task.item().taskId();
    }

    /** The id of the directive's part this task is about, when it is about one. */
    Optional<Long> partId() {
        return tasks.partIdOf(taskId());
    }

    /** The part this task is about, as the directive shows it. */
    Optional<DirectiveViews.Part> part() {
        return partId().flatMap(id -> directive.parts().stream().filter(p -> p.id().equals(id)).findFirst());
    }

    /** Runs a decision that finishes the task; done, the user sees the directive. */
    void decide(Runnable decision, Button... buttons) {
        actions.decide(decision, this::showDirective, buttons);
    }

    void showDirective() {
        UI.getCurrent().navigate(DirectiveView.class, new RouteParameters("id", String.valueOf(directive.id())));
    }
}
