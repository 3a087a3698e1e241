package th.tidtam.directive.ui.tasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import th.tidtam.base.ui.BuddhistDatePicker;
import th.tidtam.directive.service.DirectiveTasks.ExtensionOutcome;

/**
 * The head of office decides a request for more time: grants a new due date (by default the one asked for; the
 * original stays on record) or refuses with a reason.
 */
class ExtensionDecisionForm extends DirectiveTaskForm {

    ExtensionDecisionForm(TaskStep step) {
        super(step);
        partHeading();
        step.directive().timeline().stream().filter(e -> e.kind().name().equals("EXTENSION_REQUESTED")).reduce((a, b) -> b)
                .ifPresent(e -> add(new Paragraph(e.detail())));
        BuddhistDatePicker until = new BuddhistDatePicker(getTranslation("directive.due-date"));
        TextArea note = Controls.note(getTranslation("work.note-or-question"));
        Button grant = Controls.decision(getTranslation("work.grant-extension"), true);
        Button refuse = Controls.decision(getTranslation("work.refuse-extension"), false);
        grant.addClickListener(e -> step.decide(() -> step.extensions().decideExtension(step.taskId(), ExtensionOutcome.GRANT,
                until.getValue(), note.getValue()), grant, refuse));
        refuse.addClickListener(e -> step.decide(() -> step.extensions().decideExtension(step.taskId(), ExtensionOutcome.REFUSE,
                null, note.getValue()), grant, refuse));
        add(until, note, new HorizontalLayout(grant, refuse));
    }
}
