package th.tidtam.directive.ui.tasks;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import th.tidtam.directive.service.DirectiveViews;

/**
 * Working the part (ดำเนินการและรายงานผล): progress reports while the work goes on, the final report (or, for a
 * delegate, the result for the unit head), evidence files, waiting on another agency, handing the part further down
 * the chain, asking for more time.
 */
class ReportingForm extends DirectiveTaskForm {

    ReportingForm(TaskStep step) {
        super(step);
        partHeading();
        Optional<DirectiveViews.Part> part = step.part();
        boolean delegated = part.map(DirectiveViews.Part::delegated).orElse(false);
        returnedComment(part);
        add(new ProgressReportSection(step, false));

        add(new H3(getTranslation(delegated ? "work.result-for-head" : "work.final-report")));
        TextArea report = Controls.note(getTranslation(delegated ? "work.result-for-head" : "work.final-report"), "task-note");
        Button submit = Controls.decision(getTranslation(delegated ? "work.send-result-to-head" : "work.submit-final-report"),
                true, "task-submit-final");
        submit.addClickListener(e -> step.decide(() -> step.unitParts().submitFinalReport(step.taskId(), report.getValue()), submit));
        add(report, submit);

        evidence();
        part.ifPresent(p -> add(new WaitingSection(step, p)));
        add(new H3(getTranslation("work.delegate")));
        DelegatePicker delegate = new DelegatePicker(step, "work.delegate-to");
        Button hand = Controls.decision(getTranslation("work.delegate"), false, "task-delegate");
        hand.addClickListener(e -> step.actions().run(() -> step.unitParts().delegate(step.taskId(), delegate.chosenId()),
                "work.delegated", step::showDirective, hand));
        add(new HorizontalLayout(delegate, hand));
        add(new ExtensionRequestSection(step));
    }
}
