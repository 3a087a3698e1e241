package th.tidtam.directive.ui.tasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;

/** The governor answers the provincial office's question; the directive goes back to screening. */
class AnsweringForm extends DirectiveTaskForm {

    AnsweringForm(TaskStep step) {
        super(step);
        TextArea answer = Controls.note(getTranslation("work.answer"), "task-note");
        Button send = Controls.decision(getTranslation("work.send-answer"), true, "task-answer");
        send.addClickListener(e -> step.decide(() -> step.screening().answer(step.taskId(), answer.getValue()), send));
        add(answer, send);
    }
}
