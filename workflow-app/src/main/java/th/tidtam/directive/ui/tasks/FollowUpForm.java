package th.tidtam.directive.ui.tasks;

import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** The position a late part was escalated to records how it chased it (เร่งรัดเรื่องล่าช้า). */
class FollowUpForm extends DirectiveTaskForm {

    FollowUpForm(TaskStep step) {
        super(step);
        boolean thai = thai();
        partHeading();
        step.part().ifPresent(p -> add(new Paragraph(getTranslation("work.late-part",
                Objects.requireNonNullElse(thai ? p.workerTitleTh() : p.workerTitleEn(), ""), p.escalationLevel()))));
        TextArea note = Controls.note(getTranslation("work.follow-up-note"), "task-note");
        Button done = Controls.decision(getTranslation("work.record-follow-up"), true, "task-follow-up");
        done.addClickListener(e -> step.decide(() -> step.unitParts().followUp(step.taskId(), note.getValue()), done));
        add(note, done);
    }
}
