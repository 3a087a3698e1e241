package th.tidtam.directive.ui.tasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import th.tidtam.base.ui.BuddhistDatePicker;

/**
 * The holder of a part asks for more time, with a reason and a date. Asking does not finish the task: the work goes
 * on while the head of office decides.
 */
class ExtensionRequestSection extends VerticalLayout {

    ExtensionRequestSection(TaskStep step) {
        setPadding(false);
        TextArea reason = Controls.note(getTranslation("work.extension-reason"));
        BuddhistDatePicker until = new BuddhistDatePicker(getTranslation("work.extension-date"));
        Button ask = Controls.decision(getTranslation("work.request-extension"), false, "task-request-extension");
        ask.addClickListener(e -> step.actions().run(() -> step.extensions().requestExtension(step.taskId(), reason.getValue(),
                until.getValue()), "work.extension-requested", () -> { }, ask));
        add(new H3(getTranslation("work.request-extension")), reason, new HorizontalLayout(until, ask));
    }
}
