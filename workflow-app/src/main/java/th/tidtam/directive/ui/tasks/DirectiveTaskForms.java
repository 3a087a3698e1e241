package th.tidtam.directive.ui.tasks;

import static java.util.Map.entry;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.NotFoundException;

import th.tidtam.directive.service.DirectiveCase;
import th.tidtam.directive.service.DirectiveQueries;
import th.tidtam.directive.service.DirectiveTasks;
import th.tidtam.directive.service.DirectiveViews;
import th.tidtam.directive.service.ExtensionTasks;
import th.tidtam.directive.service.ProgressReviewTasks;
import th.tidtam.directive.service.ScreeningAndClosure;
import th.tidtam.directive.service.UnitPartTasks;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.work.MyTask;
import th.tidtam.work.ui.TaskActions;
import th.tidtam.work.ui.TaskForm;

/**
 * The directive's task screens: the directive's context ({@link DirectiveTaskContext}) and, under it, the form of
 * the step, one class per BPMN user task.
 */
@Component
class DirectiveTaskForms implements TaskForm {

    private static final Map<String, Function<TaskStep, DirectiveTaskForm>> FORMS = Map.ofEntries(
            entry(DirectiveTasks.SCREEN, ScreeningForm::new),
            entry(DirectiveTasks.ANSWER, AnsweringForm::new),
            entry(DirectiveTasks.ACKNOWLEDGE, AcknowledgingForm::new),
            entry(DirectiveTasks.REPORT, ReportingForm::new),
            entry(DirectiveTasks.REPORT_DUE, ProgressReportDueForm::new),
            entry(DirectiveTasks.REVIEW, ReviewForm::new),
            entry(DirectiveTasks.SUBMIT_UNIT, SubmitUnitReportForm::new),
            entry(DirectiveTasks.FOLLOW_UP, FollowUpForm::new),
            entry(DirectiveTasks.EVIDENCE, ProposeClosureForm::new),
            entry(DirectiveTasks.EXTENSION, ExtensionDecisionForm::new),
            entry(DirectiveTasks.CLOSURE, ClosureDecisionForm::new));

    private final DirectiveTasks tasks;
    private final ScreeningAndClosure screening;
    private final UnitPartTasks unitParts;
    private final ExtensionTasks extensions;
    private final ProgressReviewTasks reviews;
    private final DirectiveQueries directives;
    private final OrgDirectory org;
    private final Clock clock;

    DirectiveTaskForms(DirectiveTasks tasks, ScreeningAndClosure screening, UnitPartTasks unitParts,
            ExtensionTasks extensions, ProgressReviewTasks reviews, DirectiveQueries directives, OrgDirectory org,
            Clock clock) {
        this.tasks = tasks;
        this.screening = screening;
        this.unitParts = unitParts;
        this.extensions = extensions;
        this.reviews = reviews;
        this.directives = directives;
        this.org = org;
        this.clock = clock;
    }

    @Override
    public Set<String> taskKeys() {
        return FORMS.keySet();
    }

    @Override
    public com.vaadin.flow.component.Component render(MyTask task, TaskActions actions) {
        if (!task.item().isOfCaseType(DirectiveCase.TYPE) || task.item().caseId() == null) {
            throw new NotFoundException();
        }
        DirectiveViews.Detail directive = directives.detail(task.item().caseId()).orElseThrow(NotFoundException::new);
        TaskStep step = new TaskStep(task, directive, tasks, screening, unitParts, extensions, reviews, org,
                clock.getZone(), actions);
        VerticalLayout screen = new VerticalLayout(new DirectiveTaskContext(directive),
                FORMS.get(task.item().taskDefinitionKey()).apply(step));
        screen.setPadding(false);
        return screen;
    }
}
