package th.tidtam.directive.ui.tasks;

import com.vaadin.flow.component.button.Button;

/**
 * The head of a unit (or whoever holds the part) acknowledges it (รับทราบ), and may hand it at once to a position
 * below; or asks for more time.
 */
class AcknowledgingForm extends DirectiveTaskForm {

    AcknowledgingForm(TaskStep step) {
        super(step);
        partHeading();
        DelegatePicker delegate = new DelegatePicker(step, "work.acknowledge-and-delegate");
        Button ack = Controls.decision(getTranslation("work.acknowledge"), true, "task-acknowledge");
        ack.addClickListener(e -> step.decide(() -> step.unitParts().acknowledge(step.taskId(), delegate.chosenId()), ack));
        add(delegate, ack);
        add(new ExtensionRequestSection(step));
    }
}
