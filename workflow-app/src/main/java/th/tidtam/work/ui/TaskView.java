package th.tidtam.work.ui;

import java.util.Locale;

import jakarta.annotation.security.PermitAll;

import org.springframework.dao.ConcurrencyFailureException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.ui.BuddhistDatePicker;
import th.tidtam.base.ui.Notifications;
import th.tidtam.directive.domain.Cadence;
import th.tidtam.directive.service.DirectiveQueries;
import th.tidtam.directive.service.DirectiveTasks;
import th.tidtam.directive.service.DirectiveTasks.MyTask;
import th.tidtam.directive.service.DirectiveTasks.ScreeningOutcome;
import th.tidtam.directive.service.DirectiveViews;
import th.tidtam.directive.ui.DirectiveView;

/** One task with the directive's whole context and the decisions it accepts. */
@Route("work/:taskId")
@PermitAll
public class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DirectiveTasks tasks;
    private final DirectiveQueries directives;
    private final Translations translations;
    private String title = "";

    public TaskView(DirectiveTasks tasks, DirectiveQueries directives, Translations translations) {
        this.tasks = tasks;
        this.directives = directives;
        this.translations = translations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get("taskId").orElse(null);
        // someone else's task, or one already done, is simply not found
        MyTask task = tasks.mine(taskId).orElseThrow(NotFoundException::new);
        DirectiveViews.Detail directive = directives.detail(task.item().directiveId()).orElseThrow(NotFoundException::new);
        removeAll();
        show(task, directive);
    }

    private void show(MyTask task, DirectiveViews.Detail d) {
        Locale locale = getLocale();
        boolean thai = Translations.isThai(locale);
        title = task.item().name();
        add(new H2(task.item().name()));
        add(new Paragraph(getTranslation("work.as-position", task.via().title(thai),
                getTranslation("org.capacity." + task.via().capacity().name()))));
        add(new H3(d.number() + " · " + d.subject()));
        Paragraph text = new Paragraph(d.text());
        text.getStyle().set("white-space", "pre-wrap");
        add(text);
        add(new Paragraph(getTranslation("directive.due-date") + ": " + ThaiDates.formatLong(d.dueDate(), locale) + " · "
                + getTranslation("directive.parts") + ": " + d.parts().stream()
                        .map(p -> thai ? p.unitNameTh() : p.unitNameEn()).reduce((a, b) -> a + ", " + b).orElse("-")));
        d.timeline().stream().filter(e -> e.kind().name().equals("RETURNED_TO_GOVERNOR")).reduce((a, b) -> b)
                .ifPresent(q -> add(new Paragraph(getTranslation("work.question", q.detail()))));

        switch (task.item().taskDefinitionKey()) {
            case DirectiveTasks.SCREEN -> screening(task, d);
            case DirectiveTasks.ANSWER -> answering(task);
            case DirectiveTasks.ACKNOWLEDGE -> acknowledging(task, d);
            case DirectiveTasks.REPORT -> reporting(task, d);
            case DirectiveTasks.EVIDENCE -> proposing(task, d);
            case DirectiveTasks.CLOSURE -> deciding(task, d);
            case DirectiveTasks.EXTENSION -> decidingExtension(task, d);
            default -> add(new Paragraph(getTranslation("work.unknown-task")));
        }
    }

    private void screening(MyTask task, DirectiveViews.Detail d) {
        BuddhistDatePicker due = new BuddhistDatePicker(getTranslation("directive.due-date"));
        due.setValue(d.dueDate());
        Select<Cadence> cadence = new Select<>();
        cadence.setLabel(getTranslation("directive.cadence"));
        cadence.setItems(Cadence.values());
        cadence.setItemLabelGenerator(c -> getTranslation("directive.cadence." + c.name()));
        cadence.setValue(d.cadence());
        TextArea note = noteArea("work.note-or-question");
        note.getElement().setAttribute("data-testid", "task-note");
        Button confirm = decision("work.confirm", true);
        confirm.getElement().setAttribute("data-testid", "task-confirm");
        Button back = decision("work.return-to-governor", false);
        back.getElement().setAttribute("data-testid", "task-return");
        confirm.addClickListener(e -> act(() -> tasks.screen(task.item().taskId(), ScreeningOutcome.CONFIRM, note.getValue(),
                due.getValue(), cadence.getValue()), d.id(), confirm, back));
        back.addClickListener(e -> act(() -> tasks.screen(task.item().taskId(), ScreeningOutcome.RETURN, note.getValue(),
                null, null), d.id(), confirm, back));
        add(new HorizontalLayout(due, cadence), note, new HorizontalLayout(confirm, back));
    }

    private void answering(MyTask task) {
        TextArea answer = noteArea("work.answer");
        answer.getElement().setAttribute("data-testid", "task-note");
        Button send = decision("work.send-answer", true);
        send.getElement().setAttribute("data-testid", "task-answer");
        send.addClickListener(e -> act(() -> tasks.answer(task.item().taskId(), answer.getValue()),
                task.item().directiveId(), send));
        add(answer, send);
    }

    private void partHeading(MyTask task, DirectiveViews.Detail d) {
        boolean thai = Translations.isThai(getLocale());
        tasks.partIdOf(task.item().taskId()).flatMap(id -> d.parts().stream().filter(p -> p.id().equals(id)).findFirst())
                .ifPresent(p -> add(new Paragraph(getTranslation("work.part-of", thai ? p.unitNameTh() : p.unitNameEn()) + " · "
                        + getTranslation("directive.due-date") + " " + ThaiDates.formatLong(p.dueDate(), getLocale()))));
    }

    private void acknowledging(MyTask task, DirectiveViews.Detail d) {
        partHeading(task, d);
        Button ack = decision("work.acknowledge", true);
        ack.getElement().setAttribute("data-testid", "task-acknowledge");
        ack.addClickListener(e -> act(() -> tasks.acknowledge(task.item().taskId()), d.id(), ack));
        add(ack);
        extensionRequest(task);
    }

    /** Asking for more time does not finish the task: the work goes on while the head of office decides. */
    private void extensionRequest(MyTask task) {
        TextArea reason = noteArea("work.extension-reason");
        BuddhistDatePicker until = new BuddhistDatePicker(getTranslation("work.extension-date"));
        Button ask = decision("work.request-extension", false);
        ask.getElement().setAttribute("data-testid", "task-request-extension");
        ask.addClickListener(e -> {
            try {
                tasks.requestExtension(task.item().taskId(), reason.getValue(), until.getValue());
                Notifications.success(getTranslation("work.extension-requested"));
            } catch (RuleViolation violation) {
                Notifications.refused(violation, translations);
                ask.setEnabled(true);
            }
        });
        add(new H3(getTranslation("work.request-extension")), reason, new HorizontalLayout(until, ask));
    }

    private void decidingExtension(MyTask task, DirectiveViews.Detail d) {
        partHeading(task, d);
        d.timeline().stream().filter(e -> e.kind().name().equals("EXTENSION_REQUESTED")).reduce((a, b) -> b)
                .ifPresent(e -> add(new Paragraph(e.detail())));
        BuddhistDatePicker until = new BuddhistDatePicker(getTranslation("directive.due-date"));
        TextArea note = noteArea("work.note-or-question");
        Button grant = decision("work.grant-extension", true);
        Button refuse = decision("work.refuse-extension", false);
        grant.addClickListener(e -> act(() -> tasks.decideExtension(task.item().taskId(), DirectiveTasks.ExtensionOutcome.GRANT,
                until.getValue(), note.getValue()), d.id(), grant, refuse));
        refuse.addClickListener(e -> act(() -> tasks.decideExtension(task.item().taskId(), DirectiveTasks.ExtensionOutcome.REFUSE,
                null, note.getValue()), d.id(), grant, refuse));
        add(until, note, new HorizontalLayout(grant, refuse));
    }

    private void reporting(MyTask task, DirectiveViews.Detail d) {
        partHeading(task, d);
        TextArea report = noteArea("work.final-report");
        report.getElement().setAttribute("data-testid", "task-note");
        Button submit = decision("work.submit-final-report", true);
        submit.getElement().setAttribute("data-testid", "task-submit-final");
        submit.addClickListener(e -> act(() -> tasks.submitFinalReport(task.item().taskId(), report.getValue()), d.id(), submit));
        add(report, submit);
        extensionRequest(task);
    }

    private void proposing(MyTask task, DirectiveViews.Detail d) {
        TextArea note = noteArea("work.note-or-question");
        Button propose = decision("work.propose-closure", true);
        propose.getElement().setAttribute("data-testid", "task-propose-closure");
        propose.addClickListener(e -> act(() -> tasks.proposeClosure(task.item().taskId(), note.getValue()), d.id(), propose));
        add(note, propose);
    }

    private void deciding(MyTask task, DirectiveViews.Detail d) {
        boolean thai = Translations.isThai(getLocale());
        TextArea note = noteArea("work.note-or-question");
        com.vaadin.flow.component.combobox.MultiSelectComboBox<DirectiveViews.Part> units =
                new com.vaadin.flow.component.combobox.MultiSelectComboBox<>(getTranslation("work.further-units"));
        units.setItems(d.parts().stream().filter(p -> p.round() == d.round()).toList());
        units.setItemLabelGenerator(p -> thai ? p.unitNameTh() : p.unitNameEn());
        BuddhistDatePicker due = new BuddhistDatePicker(getTranslation("directive.due-date"));
        Button close = decision("work.close", true);
        close.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        close.getElement().setAttribute("data-testid", "task-close");
        Button further = decision("work.further-action", false);
        further.getElement().setAttribute("data-testid", "task-further-action");
        close.addClickListener(e -> act(() -> tasks.decideClosure(task.item().taskId(), DirectiveTasks.ClosureOutcome.CLOSE,
                note.getValue(), null, null), d.id(), close, further));
        further.addClickListener(e -> act(() -> tasks.decideClosure(task.item().taskId(),
                DirectiveTasks.ClosureOutcome.FURTHER_ACTION, note.getValue(),
                units.getValue().stream().map(DirectiveViews.Part::unitId).toList(), due.getValue()), d.id(), close, further));
        add(note, new HorizontalLayout(units, due), new HorizontalLayout(close, further));
    }

    private TextArea noteArea(String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setMaxLength(DirectiveTasks.MAX_NOTE);
        area.setWidthFull();
        return area;
    }

    /** A decision button: one click, one decision (re-enabled only when the decision is refused). */
    private Button decision(String labelKey, boolean primary) {
        Button button = new Button(getTranslation(labelKey));
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.setDisableOnClick(true);
        return button;
    }

    /** Runs the decision; a refusal says why and re-enables the buttons, nothing is lost. */
    private void act(Runnable decision, Long directiveId, Button... buttons) {
        try {
            decision.run();
            Notifications.success(getTranslation("admin.saved"));
            getUI().ifPresent(ui -> ui.navigate(DirectiveView.class, new RouteParameters("id", String.valueOf(directiveId))));
        } catch (RuleViolation violation) {
            Notifications.refused(violation, translations);
            enable(buttons);
        } catch (ApiProblems.NotFound | ConcurrencyFailureException gone) {
            Notifications.error(getTranslation("task.error.already-done"));
            enable(buttons);
        }
    }

    private static void enable(Button... buttons) {
        for (Button b : buttons) {
            b.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
