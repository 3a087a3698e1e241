package th.tidtam.directive.ui.tasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import th.tidtam.directive.domain.DirectiveEvent;
import th.tidtam.directive.service.DirectiveTasks.UnitReportOutcome;

/**
 * The head of a unit whose part was delegated submits the unit's final report to the provincial office, with the
 * delegate's result before them, or returns the work to the delegate.
 */
class SubmitUnitReportForm extends DirectiveTaskForm {

    SubmitUnitReportForm(TaskStep step) {
        super(step);
        partHeading();
        step.part().ifPresent(p -> step.directive().timeline().stream()
                .filter(e -> p.id().equals(e.partId()) && e.kind() == DirectiveEvent.Kind.DELEGATE_RESULT).reduce((a, b) -> b)
                .ifPresent(e -> {
                    Paragraph result = new Paragraph(getTranslation("work.delegate-result", e.detail()));
                    result.getStyle().set("white-space", "pre-wrap");
                    add(result);
                }));
        TextArea note = Controls.note(getTranslation("work.final-report"), "task-note");
        Button submit = Controls.decision(getTranslation("work.submit-final-report"), true, "task-submit-unit");
        Button back = Controls.decision(getTranslation("work.return-to-delegate"), false, "task-return-to-delegate");
        submit.addClickListener(e -> step.decide(() -> step.unitParts().submitUnitReport(step.taskId(), UnitReportOutcome.SUBMIT,
                note.getValue()), submit, back));
        back.addClickListener(e -> step.decide(() -> step.unitParts().submitUnitReport(step.taskId(), UnitReportOutcome.RETURN,
                note.getValue()), submit, back));
        add(note, new HorizontalLayout(submit, back));
        evidence();
        add(new ExtensionRequestSection(step));
    }
}
