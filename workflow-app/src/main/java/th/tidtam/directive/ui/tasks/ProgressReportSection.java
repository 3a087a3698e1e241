package th.tidtam.directive.ui.tasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import th.tidtam.directive.Progress;
import th.tidtam.directive.service.DirectiveTasks;

/**
 * A progress report (รายงานความก้าวหน้า) on the part: status, percent done, what was done, the obstacle when
 * blocked. It never finishes the part; it finishes the task only when the task is the report the cadence asked for.
 */
class ProgressReportSection extends VerticalLayout {

    ProgressReportSection(TaskStep step, boolean completesTask) {
        setPadding(false);
        add(new H3(getTranslation("work.progress-report")));
        Select<Progress> status = new Select<>();
        status.setLabel(getTranslation("work.progress"));
        status.setItems(Progress.values());
        status.setItemLabelGenerator(p -> getTranslation("directive.progress." + p.name()));
        status.getElement().setAttribute("data-testid", "progress-status");
        IntegerField percent = new IntegerField(getTranslation("work.percent"));
        percent.setMin(0);
        percent.setMax(100);
        percent.setStepButtonsVisible(true);
        percent.getElement().setAttribute("data-testid", "progress-percent");
        TextArea body = Controls.note(getTranslation("work.progress-text"), "progress-text");
        TextArea obstacle = Controls.note(getTranslation("work.obstacle"));
        obstacle.setMaxLength(DirectiveTasks.MAX_OBSTACLE);
        Button send = Controls.decision(getTranslation("work.send-progress"), completesTask, "progress-send");
        Runnable report = () -> step.reviews().fileProgressReport(step.taskId(), status.getValue(), percent.getValue(),
                body.getValue(), obstacle.getValue());
        send.addClickListener(e -> {
            if (completesTask) {
                step.decide(report, send);
                return;
            }
            // the task stays open: the form is ready for the next report
            step.actions().run(report, "work.progress-sent", () -> {
                body.clear();
                obstacle.clear();
                send.setEnabled(true);
            }, send);
        });
        add(new HorizontalLayout(status, percent), body, obstacle, send);
    }
}
