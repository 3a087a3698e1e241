package th.tidtam.directive.ui.tasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;

/** The provincial office has checked every unit's evidence and proposes closure to the governor. */
class ProposeClosureForm extends DirectiveTaskForm {

    ProposeClosureForm(TaskStep step) {
        super(step);
        TextArea note = Controls.note(getTranslation("work.note-or-question"));
        Button propose = Controls.decision(getTranslation("work.propose-closure"), true, "task-propose-closure");
        propose.addClickListener(e -> step.decide(() -> step.screening().proposeClosure(step.taskId(), note.getValue()), propose));
        add(note, propose);
    }
}
