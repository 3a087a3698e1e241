package th.tidtam.directive.ui.tasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import th.tidtam.base.ui.BuddhistDatePicker;
import th.tidtam.directive.Cadence;
import th.tidtam.directive.service.DirectiveTasks.ScreeningOutcome;

/**
 * Screening (กลั่นกรอง): the head of office confirms the directive, correcting its due date and reporting cadence if
 * need be, or sends it back to the governor with a question.
 */
class ScreeningForm extends DirectiveTaskForm {

    ScreeningForm(TaskStep step) {
        super(step);
        BuddhistDatePicker due = new BuddhistDatePicker(getTranslation("directive.due-date"));
        due.setValue(step.directive().dueDate());
        Select<Cadence> cadence = new Select<>();
        cadence.setLabel(getTranslation("directive.cadence"));
        cadence.setItems(Cadence.values());
        cadence.setItemLabelGenerator(c -> getTranslation("directive.cadence." + c.name()));
        cadence.setValue(step.directive().cadence());
        TextArea note = Controls.note(getTranslation("work.note-or-question"), "task-note");
        Button confirm = Controls.decision(getTranslation("work.confirm"), true, "task-confirm");
        Button back = Controls.decision(getTranslation("work.return-to-governor"), false, "task-return");
        confirm.addClickListener(e -> step.decide(() -> step.screening().screen(step.taskId(), ScreeningOutcome.CONFIRM,
                note.getValue(), due.getValue(), cadence.getValue()), confirm, back));
        back.addClickListener(e -> step.decide(() -> step.screening().screen(step.taskId(), ScreeningOutcome.RETURN,
                note.getValue(), null, null), confirm, back));
        add(new HorizontalLayout(due, cadence), note, new HorizontalLayout(confirm, back));
    }
}
