package th.tidtam.work.ui;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import org.springframework.dao.ConcurrencyFailureException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
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
import th.tidtam.directive.Cadence;
import th.tidtam.directive.domain.DirectiveEvent;
import th.tidtam.directive.Progress;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.directive.service.DirectiveQueries;
import th.tidtam.directive.service.DirectiveTasks;
import th.tidtam.directive.service.ProgressReviewTasks;
import th.tidtam.directive.service.ExtensionTasks;
import th.tidtam.directive.service.UnitPartTasks;
import th.tidtam.directive.service.ScreeningAndClosure;
import th.tidtam.directive.service.DirectiveTasks.MyTask;
import th.tidtam.directive.service.DirectiveTasks.ScreeningOutcome;
import th.tidtam.directive.service.DirectiveViews;
import th.tidtam.directive.ui.DirectiveView;

/** One task with the directive's whole context and the decisions it accepts. */
@Route("work/:taskId")
@PermitAll
public class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DirectiveTasks tasks;
    private final ScreeningAndClosure screening;
    private final UnitPartTasks unitParts;
    private final ExtensionTasks extensions;
    private final ProgressReviewTasks progressReviews;
    private final DirectiveQueries directives;
    private final Translations translations;
    private final th.tidtam.org.service.OrgDirectory units;
    private String title = "";

    public TaskView(DirectiveTasks tasks, ScreeningAndClosure screening, UnitPartTasks unitParts, ExtensionTasks extensions, ProgressReviewTasks progressReviews, DirectiveQueries directives, Translations translations,
            th.tidtam.org.service.OrgDirectory units) {
        this.units = units;
        this.tasks = tasks;
        this.screening = screening;
        this.unitParts = unitParts;
        this.extensions = extensions;
        this.progressReviews = progressReviews;
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
        title = TaskNames.of(this, task.item());
        add(new H2(title));
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
        // the directive's whole story (timeline, every unit, reports, files, diagram) is one click away
        com.vaadin.flow.router.RouterLink whole = new com.vaadin.flow.router.RouterLink(
                getTranslation("work.open-directive", d.number()), DirectiveView.class,
                new RouteParameters("id", String.valueOf(d.id())));
        whole.getElement().setAttribute("data-testid", "task-directive-link");
        add(new Paragraph(whole));
        add(th.tidtam.directive.ui.AttachmentsPanel.forDirective(d.id()));

        switch (task.item().taskDefinitionKey()) {
            case DirectiveTasks.SCREEN -> screening(task, d);
            case DirectiveTasks.ANSWER -> answering(task);
            case DirectiveTasks.ACKNOWLEDGE -> acknowledging(task, d);
            case DirectiveTasks.REPORT -> reporting(task, d);
            case DirectiveTasks.EVIDENCE -> proposing(task, d);
            case DirectiveTasks.CLOSURE -> deciding(task, d);
            case DirectiveTasks.EXTENSION -> decidingExtension(task, d);
            case DirectiveTasks.REPORT_DUE -> reportingProgressDue(task, d);
            case DirectiveTasks.REVIEW -> reviewing(task, d);
            case DirectiveTasks.SUBMIT_UNIT -> submittingUnitReport(task, d);
            case DirectiveTasks.FOLLOW_UP -> followingUp(task, d);
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
        confirm.addClickListener(e -> act(() -> screening.screen(task.item().taskId(), ScreeningOutcome.CONFIRM, note.getValue(),
                due.getValue(), cadence.getValue()), d.id(), confirm, back));
        back.addClickListener(e -> act(() -> screening.screen(task.item().taskId(), ScreeningOutcome.RETURN, note.getValue(),
                null, null), d.id(), confirm, back));
        add(new HorizontalLayout(due, cadence), note, new HorizontalLayout(confirm, back));
    }

    private void answering(MyTask task) {
        TextArea answer = noteArea("work.answer");
        answer.getElement().setAttribute("data-testid", "task-note");
        Button send = decision("work.send-answer", true);
        send.getElement().setAttribute("data-testid", "task-answer");
        send.addClickListener(e -> act(() -> screening.answer(task.item().taskId(), answer.getValue()),
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
        ComboBox<PositionSummary> delegate = delegatePicker(task, "work.acknowledge-and-delegate");
        Button ack = decision("work.acknowledge", true);
        ack.getElement().setAttribute("data-testid", "task-acknowledge");
        ack.addClickListener(e -> act(() -> unitParts.acknowledge(task.item().taskId(),
                delegate.getValue() == null ? null : delegate.getValue().id()), d.id(), ack));
        add(delegate, ack);
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
                extensions.requestExtension(task.item().taskId(), reason.getValue(), until.getValue());
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
        grant.addClickListener(e -> act(() -> extensions.decideExtension(task.item().taskId(), DirectiveTasks.ExtensionOutcome.GRANT,
                until.getValue(), note.getValue()), d.id(), grant, refuse));
        refuse.addClickListener(e -> act(() -> extensions.decideExtension(task.item().taskId(), DirectiveTasks.ExtensionOutcome.REFUSE,
                null, note.getValue()), d.id(), grant, refuse));
        add(until, note, new HorizontalLayout(grant, refuse));
    }

    private void reporting(MyTask task, DirectiveViews.Detail d) {
        partHeading(task, d);
        Optional<DirectiveViews.Part> part = partOf(task, d);
        boolean delegated = part.map(DirectiveViews.Part::delegated).orElse(false);
        returnedComments(d, part);
        progressForm(task, d, false);

        add(new H3(getTranslation(delegated ? "work.result-for-head" : "work.final-report")));
        TextArea report = noteArea(delegated ? "work.result-for-head" : "work.final-report");
        report.getElement().setAttribute("data-testid", "task-note");
        Button submit = decision(delegated ? "work.send-result-to-head" : "work.submit-final-report", true);
        submit.getElement().setAttribute("data-testid", "task-submit-final");
        submit.addClickListener(e -> act(() -> unitParts.submitFinalReport(task.item().taskId(), report.getValue()), d.id(), submit));
        add(report, submit);

        evidence(task, d);
        part.ifPresent(p -> waiting(task, d, p));
        add(new H3(getTranslation("work.delegate")));
        ComboBox<PositionSummary> delegate = delegatePicker(task, "work.delegate-to");
        Button hand = decision("work.delegate", false);
        hand.getElement().setAttribute("data-testid", "task-delegate");
        hand.addClickListener(e -> {
            try {
                unitParts.delegate(task.item().taskId(), delegate.getValue() == null ? null : delegate.getValue().id());
                Notifications.success(getTranslation("work.delegated"));
                getUI().ifPresent(ui -> ui.navigate(DirectiveView.class, new RouteParameters("id", String.valueOf(d.id()))));
            } catch (RuleViolation violation) {
                Notifications.refused(violation, translations);
                hand.setEnabled(true);
            } catch (ApiProblems.NotFound | ConcurrencyFailureException gone) {
                Notifications.error(getTranslation("task.error.already-done"));
                hand.setEnabled(true);
            }
        });
        add(new HorizontalLayout(delegate, hand));
        extensionRequest(task);
    }

    /** The comments of reports returned on this part, latest first, so the worker knows what to mend. */
    private void returnedComments(DirectiveViews.Detail d, Optional<DirectiveViews.Part> part) {
        part.ifPresent(p -> d.timeline().stream()
                .filter(e -> p.id().equals(e.partId()) && (e.kind() == DirectiveEvent.Kind.REPORT_RETURNED
                        || e.kind() == DirectiveEvent.Kind.UNIT_REPORT_RETURNED))
                .reduce((a, b) -> b).ifPresent(e -> {
                    Paragraph returned = new Paragraph(getTranslation("work.returned-with", e.detail()));
                    returned.getElement().setAttribute("data-testid", "task-returned-comment");
                    returned.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-wrap");
                    add(returned);
                }));
    }

    /** A progress report: status, percent, what was done, the obstacle when blocked. Never finishes the part. */
    private void progressForm(MyTask task, DirectiveViews.Detail d, boolean completesTask) {
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
        TextArea body = noteArea("work.progress-text");
        body.getElement().setAttribute("data-testid", "progress-text");
        TextArea obstacle = noteArea("work.obstacle");
        obstacle.setMaxLength(DirectiveTasks.MAX_OBSTACLE);
        Button send = decision("work.send-progress", completesTask);
        send.getElement().setAttribute("data-testid", "progress-send");
        send.addClickListener(e -> {
            if (completesTask) {
                act(() -> progressReviews.fileProgressReport(task.item().taskId(), status.getValue(), percent.getValue(), body.getValue(),
                        obstacle.getValue()), d.id(), send);
                return;
            }
            try {
                progressReviews.fileProgressReport(task.item().taskId(), status.getValue(), percent.getValue(), body.getValue(),
                        obstacle.getValue());
                Notifications.success(getTranslation("work.progress-sent"));
                body.clear();
                obstacle.clear();
            } catch (RuleViolation violation) {
                Notifications.refused(violation, translations);
            } catch (ApiProblems.NotFound | ConcurrencyFailureException gone) {
                Notifications.error(getTranslation("task.error.already-done"));
            }
            send.setEnabled(true);
        });
        add(new HorizontalLayout(status, percent), body, obstacle, send);
    }

    private void reportingProgressDue(MyTask task, DirectiveViews.Detail d) {
        partHeading(task, d);
        returnedComments(d, partOf(task, d));
        progressForm(task, d, true);
        evidence(task, d);
    }

    /** Marking the part as waiting on another agency's input, or ending the wait. */
    private void waiting(MyTask task, DirectiveViews.Detail d, DirectiveViews.Part p) {
        boolean thai = Translations.isThai(getLocale());
        add(new H3(getTranslation("directive.waiting")));
        if (p.waitingSince() != null) {
            add(new Paragraph(getTranslation("directive.waiting-on", thai ? p.waitingOnUnitNameTh() : p.waitingOnUnitNameEn(),
                    p.waitingReason()) + " · " + ThaiDates.formatMedium(p.waitingSince(), getLocale())));
            Button end = decision("work.waiting-end", false);
            end.getElement().setAttribute("data-testid", "waiting-end");
            end.addClickListener(e -> act(() -> unitParts.stopWaiting(task.item().taskId()), d.id(), end));
            add(end);
            return;
        }
        ComboBox<th.tidtam.org.service.UnitSummary> unit = new ComboBox<>(getTranslation("work.waiting-unit"));
        unit.setItems(units.allUnits().stream().filter(u -> !u.id().equals(p.unitId())).toList());
        unit.setItemLabelGenerator(u -> u.name(thai));
        unit.setWidth("32em");
        unit.getElement().setAttribute("data-testid", "waiting-unit");
        TextArea why = noteArea("work.waiting-reason");
        why.setMaxLength(500);
        Button start = decision("work.waiting-start", false);
        start.getElement().setAttribute("data-testid", "waiting-start");
        start.addClickListener(e -> act(() -> unitParts.startWaiting(task.item().taskId(),
                unit.getValue() == null ? null : unit.getValue().id(), why.getValue()), d.id(), start));
        add(unit, why, start);
    }

    /** The unit's evidence files (หลักฐาน) on its part: listed, downloadable, and added by whoever works it. */
    private void evidence(MyTask task, DirectiveViews.Detail d) {
        tasks.partIdOf(task.item().taskId()).ifPresent(partId -> {
            add(new H3(getTranslation("work.evidence")));
            add(th.tidtam.directive.ui.AttachmentsPanel.forPart(d.id(), partId));
        });
    }

    private void reviewing(MyTask task, DirectiveViews.Detail d) {
        boolean thai = Translations.isThai(getLocale());
        progressReviews.reportUnderReview(task.item().taskId()).flatMap(id -> d.reports().stream().filter(r -> r.id().equals(id)).findFirst())
                .ifPresent(r -> {
                    d.parts().stream().filter(p -> p.id().equals(r.partId())).findFirst().ifPresent(p -> add(new Paragraph(
                            getTranslation("work.part-of", thai ? p.unitNameTh() : p.unitNameEn()))));
                    add(new Paragraph(getTranslation("work.report-by", Objects.requireNonNullElse(thai ? r.personNameTh()
                            : r.personNameEn(), ""), Objects.requireNonNullElse(thai ? r.positionTitleTh() : r.positionTitleEn(), ""),
                            ThaiDates.formatDateTime(r.reportedAt().atZone(java.time.ZoneId.of("Asia/Bangkok")).toLocalDateTime(),
                                    getLocale()))));
                    add(new Paragraph(getTranslation("directive.progress." + r.progress().name()) + " · " + r.percent() + "%"));
                    Paragraph body = new Paragraph(r.body());
                    body.getStyle().set("white-space", "pre-wrap");
                    body.getElement().setAttribute("data-testid", "review-report-text");
                    add(body);
                    if (r.obstacle() != null) {
                        add(new Paragraph(getTranslation("work.obstacle") + ": " + r.obstacle()));
                    }
                });
        TextArea comment = noteArea("work.review-comment");
        comment.getElement().setAttribute("data-testid", "task-note");
        Button accept = decision("work.accept-report", true);
        accept.getElement().setAttribute("data-testid", "review-accept");
        Button back = decision("work.return-report", false);
        back.getElement().setAttribute("data-testid", "review-return");
        accept.addClickListener(e -> act(() -> progressReviews.reviewProgressReport(task.item().taskId(), DirectiveTasks.ReviewOutcome.ACCEPT,
                comment.getValue()), d.id(), accept, back));
        back.addClickListener(e -> act(() -> progressReviews.reviewProgressReport(task.item().taskId(), DirectiveTasks.ReviewOutcome.RETURN,
                comment.getValue()), d.id(), accept, back));
        add(comment, new HorizontalLayout(accept, back));
    }

    private void submittingUnitReport(MyTask task, DirectiveViews.Detail d) {
        partHeading(task, d);
        partOf(task, d).ifPresent(p -> d.timeline().stream()
                .filter(e -> p.id().equals(e.partId()) && e.kind() == DirectiveEvent.Kind.DELEGATE_RESULT).reduce((a, b) -> b)
                .ifPresent(e -> {
                    Paragraph result = new Paragraph(getTranslation("work.delegate-result", e.detail()));
                    result.getStyle().set("white-space", "pre-wrap");
                    add(result);
                }));
        TextArea note = noteArea("work.final-report");
        note.getElement().setAttribute("data-testid", "task-note");
        Button submit = decision("work.submit-final-report", true);
        submit.getElement().setAttribute("data-testid", "task-submit-unit");
        Button back = decision("work.return-to-delegate", false);
        back.getElement().setAttribute("data-testid", "task-return-to-delegate");
        submit.addClickListener(e -> act(() -> unitParts.submitUnitReport(task.item().taskId(), DirectiveTasks.UnitReportOutcome.SUBMIT,
                note.getValue()), d.id(), submit, back));
        back.addClickListener(e -> act(() -> unitParts.submitUnitReport(task.item().taskId(), DirectiveTasks.UnitReportOutcome.RETURN,
                note.getValue()), d.id(), submit, back));
        add(note, new HorizontalLayout(submit, back));
        evidence(task, d);
        extensionRequest(task);
    }

    private void followingUp(MyTask task, DirectiveViews.Detail d) {
        boolean thai = Translations.isThai(getLocale());
        partHeading(task, d);
        partOf(task, d).ifPresent(p -> add(new Paragraph(getTranslation("work.late-part",
                Objects.requireNonNullElse(thai ? p.workerTitleTh() : p.workerTitleEn(), ""), p.escalationLevel()))));
        TextArea note = noteArea("work.follow-up-note");
        note.getElement().setAttribute("data-testid", "task-note");
        Button done = decision("work.record-follow-up", true);
        done.getElement().setAttribute("data-testid", "task-follow-up");
        done.addClickListener(e -> act(() -> unitParts.followUp(task.item().taskId(), note.getValue()), d.id(), done));
        add(note, done);
    }

    private Optional<DirectiveViews.Part> partOf(MyTask task, DirectiveViews.Detail d) {
        return tasks.partIdOf(task.item().taskId()).flatMap(id -> d.parts().stream().filter(p -> p.id().equals(id)).findFirst());
    }

    /** The filled positions below whoever works the part, for handing it down the chain. */
    private ComboBox<PositionSummary> delegatePicker(MyTask task, String labelKey) {
        boolean thai = Translations.isThai(getLocale());
        ComboBox<PositionSummary> picker = new ComboBox<>(getTranslation(labelKey));
        picker.setItems(unitParts.delegateCandidates(task.item().taskId()));
        picker.setItemLabelGenerator(p -> p.title(thai) + " · " + (thai ? p.unitNameTh() : p.unitNameEn())
                + p.actors().stream().findFirst().map(a -> " (" + (thai ? a.nameTh() : a.nameEn()) + ")").orElse(""));
        picker.setClearButtonVisible(true);
        picker.setWidth("32em");
        picker.getElement().setAttribute("data-testid", "delegate-to");
        return picker;
    }

    private void proposing(MyTask task, DirectiveViews.Detail d) {
        TextArea note = noteArea("work.note-or-question");
        Button propose = decision("work.propose-closure", true);
        propose.getElement().setAttribute("data-testid", "task-propose-closure");
        propose.addClickListener(e -> act(() -> screening.proposeClosure(task.item().taskId(), note.getValue()), d.id(), propose));
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
        close.addClickListener(e -> act(() -> screening.decideClosure(task.item().taskId(), DirectiveTasks.ClosureOutcome.CLOSE,
                note.getValue(), null, null), d.id(), close, further));
        further.addClickListener(e -> act(() -> screening.decideClosure(task.item().taskId(),
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
