package th.tidtam.directive.ui.tasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import th.tidtam.base.ui.BuddhistDatePicker;
import th.tidtam.directive.service.DirectiveTasks.ClosureOutcome;
import th.tidtam.directive.service.DirectiveViews;
import th.tidtam.org.ui.pickers.UnitPickers;

/**
 * The governor closes the directive (ปิดเรื่อง) or orders further action for chosen units of this round, with a new
 * due date.
 */
class ClosureDecisionForm extends DirectiveTaskForm {

    ClosureDecisionForm(TaskStep step) {
        super(step);
        boolean thai = thai();
        DirectiveViews.Detail d = step.directive();
        TextArea note = Controls.note(getTranslation("work.note-or-question"));
        MultiSelectComboBox<DirectiveViews.Part> units = new MultiSelectComboBox<>(getTranslation("work.further-units"));
        new UnitPickers(step.org()).setUnitItems(units, d.parts().stream().filter(p -> p.round() == d.round()).toList(),
                DirectiveViews.Part::unitId, DirectiveViews.Part::unitNameTh, DirectiveViews.Part::unitNameEn);
        units.setItemLabelGenerator(p -> thai ? p.unitNameTh() : p.unitNameEn());
        BuddhistDatePicker due = new BuddhistDatePicker(getTranslation("directive.due-date"));
        Button close = Controls.decision(getTranslation("work.close"), true, "task-close");
        close.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        Button further = Controls.decision(getTranslation("work.further-action"), false, "task-further-action");
        close.addClickListener(e -> step.decide(() -> step.screening().decideClosure(step.taskId(), ClosureOutcome.CLOSE,
                note.getValue(), null, null), close, further));
        further.addClickListener(e -> step.decide(() -> step.screening().decideClosure(step.taskId(), ClosureOutcome.FURTHER_ACTION,
                note.getValue(), units.getValue().stream().map(DirectiveViews.Part::unitId).toList(), due.getValue()),
                close, further));
        add(note, new HorizontalLayout(units, due), new HorizontalLayout(close, further));
    }
}
