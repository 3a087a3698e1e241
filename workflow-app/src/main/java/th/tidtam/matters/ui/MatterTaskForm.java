package th.tidtam.matters.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.NotFoundException;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.BuddhistDatePicker;
import th.tidtam.matters.MatterDetails;
import th.tidtam.matters.TriageCommand;
import th.tidtam.matters.TriageOutcome;
import th.tidtam.matters.service.MatterCase;
import th.tidtam.matters.service.MatterQueries;
import th.tidtam.matters.service.MatterTriage;
import th.tidtam.matters.service.MatterWork;
import th.tidtam.org.UnitKind;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.org.ui.pickers.UnitPickers;
import th.tidtam.work.MyTask;
import th.tidtam.work.ui.TaskActions;
import th.tidtam.work.ui.TaskForm;

/** The matter's tasks in My work: triage, accept or decline, reassign, the final report, its review, an extension. */
@org.springframework.stereotype.Component
class MatterTaskForm implements TaskForm {

    private final MatterQueries queries;
    private final MatterTriage triage;
    private final MatterWork work;
    private final OrgDirectory org;

    MatterTaskForm(MatterQueries queries, MatterTriage triage, MatterWork work, OrgDirectory org) {
        this.queries = queries;
        this.triage = triage;
        this.work = work;
        this.org = org;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(MatterCase.TASK_TRIAGE, MatterCase.TASK_ACCEPT, MatterCase.TASK_REASSIGN, MatterCase.TASK_WORK,
                MatterCase.TASK_REVIEW, MatterCase.TASK_EXTENSION);
    }

    @Override
    public Component render(MyTask task, TaskActions actions) {
        if (!task.item().isOfCaseType(MatterCase.TYPE) || task.item().caseId() == null) {
            throw new NotFoundException();
        }
        MatterDetails m;
        try {
            m = queries.details(task.item().caseId());
        } catch (ApiProblems.NotFound gone) {
            throw new NotFoundException();
        }
        UI ui = UI.getCurrent();
        boolean thai = Translations.isThai(ui.getLocale());
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        Anchor link = new Anchor("matters/" + m.id(), m.number() + " · " + m.subject());
        link.getElement().setAttribute("data-testid", "task-matter");
        body.add(link, new Paragraph(m.description()));
        MatterDetails.Part part = m.parts().stream().filter(p -> task.item().casePartId() != null && p.id() == task.item().casePartId())
                .findFirst().orElse(null);
        if (part != null && part.share() != null) {
            body.add(new Paragraph(ui.getTranslation("matters.ui.share") + ": " + part.share()));
        }
        Runnable done = () -> ui.navigate("matters/" + m.id());
        switch (task.item().taskDefinitionKey()) {
            case MatterCase.TASK_TRIAGE -> body.add(triageForm(ui, thai, task, m, actions, done, true));
            case MatterCase.TASK_REASSIGN -> {
                m.declines().stream().filter(d -> !d.reassigned()).forEach(d -> body.add(new Paragraph(
                        ui.getTranslation("matters.ui.declined-by", thai ? d.unitNameTh() : d.unitNameEn(), d.reason()))));
                body.add(triageForm(ui, thai, task, m, actions, done, false));
            }
            case MatterCase.TASK_ACCEPT -> {
                TextArea reason = area(ui, "matters.field.decline-reason", "decline-reason");
                Button accept = button(ui, "matters.ui.accept", "matter-accept", true);
                Button decline = button(ui, "matters.ui.decline", "matter-decline", false);
                long partId = task.item().casePartId();
                accept.addClickListener(e -> actions.decide(() -> triage.accept(partId, task.via()), done, accept, decline));
                decline.addClickListener(e -> actions.decide(() -> triage.decline(partId, task.via(), reason.getValue()), done, accept, decline));
                body.add(reason, new HorizontalLayout(accept, decline));
            }
            case MatterCase.TASK_WORK -> {
                body.add(new Anchor("matters/" + m.id(), ui.getTranslation("matters.ui.progress-on-page")));
                TextArea text = area(ui, "matters.field.final-report", "final-report");
                Button send = button(ui, "matters.ui.send-final", "matter-final", true);
                send.addClickListener(e -> actions.decide(() -> work.finalReport(task.item().casePartId(), task.via(), text.getValue()), done, send));
                body.add(text, send);
            }
            case MatterCase.TASK_REVIEW -> {
                if (part != null && part.finalText() != null) {
                    body.add(new Paragraph(ui.getTranslation("matters.ui.final-report") + ": " + part.finalText()));
                }
                TextArea note = area(ui, "matters.field.note", "review-note");
                Button accept = button(ui, "matters.ui.accept-report", "matter-review-accept", true);
                Button back = button(ui, "matters.ui.return-report", "matter-review-return", false);
                long partId = task.item().casePartId();
                accept.addClickListener(e -> actions.decide(() -> work.review(partId, task.via(), true, note.getValue()), done, accept, back));
                back.addClickListener(e -> actions.decide(() -> work.review(partId, task.via(), false, note.getValue()), done, accept, back));
                body.add(note, new HorizontalLayout(accept, back));
            }
            case MatterCase.TASK_EXTENSION -> {
                if (part != null && part.extensionTo() != null) {
                    body.add(new Paragraph(ui.getTranslation("matters.ui.extension-asked-for", MatterLabels.date(part.dueDate()),
                            MatterLabels.date(part.extensionTo()), part.extensionReason())));
                }
                TextArea note = area(ui, "matters.field.note", "extension-note");
                Button approve = button(ui, "matters.ui.approve", "matter-extension-approve", true);
                Button refuse = button(ui, "matters.ui.refuse", "matter-extension-refuse", false);
                long partId = task.item().casePartId();
                approve.addClickListener(e -> actions.decide(() -> work.decideExtension(partId, task.via(), true, note.getValue()), done, approve, refuse));
                refuse.addClickListener(e -> actions.decide(() -> work.decideExtension(partId, task.via(), false, note.getValue()), done, approve, refuse));
                body.add(note, new HorizontalLayout(approve, refuse));
            }
            default -> throw new NotFoundException();
        }
        return body;
    }

    /** Assign to a unit, keep in an office group, or (first triage only) split among units. */
    private VerticalLayout triageForm(UI ui, boolean thai, MyTask task, MatterDetails m, TaskActions actions, Runnable done,
            boolean first) {
        // the units of the province the task is worked in (the server checks the matter's province again)
        List<UnitSummary> provinceUnits = org.allUnits(task.via().provinceId());
        List<UnitSummary> units = provinceUnits.stream().filter(u -> u.kind().takesDirectives() && u.kind() != UnitKind.OFFICE_GROUP).toList();
        List<UnitSummary> groups = provinceUnits.stream().filter(u -> u.kind() == UnitKind.OFFICE_GROUP).toList();
        UnitPickers pickers = new UnitPickers(org);
        RadioButtonGroup<TriageOutcome> outcome = new RadioButtonGroup<>(ui.getTranslation("matters.field.triage"));
        outcome.setItems(first ? List.of(TriageOutcome.ASSIGN, TriageOutcome.SPLIT, TriageOutcome.KEEP)
                : List.of(TriageOutcome.ASSIGN, TriageOutcome.KEEP));
        outcome.setItemLabelGenerator(o -> ui.getTranslation("matters.triage." + o.name()));
        outcome.setValue(TriageOutcome.ASSIGN);
        outcome.getElement().setAttribute("data-testid", "triage-outcome");
        ComboBox<UnitSummary> unit = new ComboBox<>(ui.getTranslation("matters.ui.unit"));
        pickers.setUnitsShowingAliases(unit, units);
        unit.setItemLabelGenerator(u -> u.name(thai));
        unit.setWidth("28em");
        unit.getElement().setAttribute("data-testid", "triage-unit");
        ComboBox<UnitSummary> group = new ComboBox<>(ui.getTranslation("matters.ui.group"));
        group.setItems(groups);
        group.setItemLabelGenerator(u -> u.name(thai));
        group.setWidth("28em");
        group.setVisible(false);
        MultiSelectComboBox<UnitSummary> split = new MultiSelectComboBox<>(ui.getTranslation("matters.ui.split-units"));
        pickers.setUnits(split, units);
        split.setItemLabelGenerator(u -> u.name(thai));
        split.setWidth("28em");
        split.setVisible(false);
        TextArea share = area(ui, "matters.field.share", "triage-share");
        share.setVisible(false);
        BuddhistDatePicker due = new BuddhistDatePicker(ui.getTranslation("matters.ui.due"));
        due.getElement().setAttribute("data-testid", "triage-due");
        TextArea note = area(ui, "matters.field.note", "triage-note");
        outcome.addValueChangeListener(e -> {
            unit.setVisible(e.getValue() == TriageOutcome.ASSIGN);
            group.setVisible(e.getValue() == TriageOutcome.KEEP);
            split.setVisible(e.getValue() == TriageOutcome.SPLIT);
            share.setVisible(e.getValue() == TriageOutcome.SPLIT);
        });
        Button save = button(ui, "matters.ui.triage-save", "triage-save", true);
        save.addClickListener(e -> actions.decide(() -> {
            TriageOutcome o = outcome.getValue();
            LocalDate day = due.getValue();
            Long unitId = o == TriageOutcome.KEEP ? id(group.getValue()) : id(unit.getValue());
            List<TriageCommand.Share> shares = o == TriageOutcome.SPLIT
                    ? split.getValue().stream().map(u -> new TriageCommand.Share(u.id(), share.getValue(), day)).toList() : null;
            TriageCommand command = new TriageCommand(o, unitId, day, shares, note.getValue());
            if (first) {
                triage.triage(m.id(), task.via(), command);
            } else {
                triage.reassign(task.item().casePartId(), task.via(), command);
            }
        }, done, save));
        VerticalLayout form = new VerticalLayout(outcome, unit, group, split, share, due, note, save);
        form.setPadding(false);
        return form;
    }

    private static Long id(UnitSummary unit) {
        return unit == null ? null : unit.id();
    }

    private static TextArea area(UI ui, String label, String testId) {
        TextArea area = new TextArea(ui.getTranslation(label));
        area.setWidthFull();
        area.getElement().setAttribute("data-testid", testId);
        return area;
    }

    private static Button button(UI ui, String label, String testId, boolean primary) {
        Button b = new Button(ui.getTranslation(label));
        if (primary) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        b.setDisableOnClick(true);
        b.getElement().setAttribute("data-testid", testId);
        return b;
    }
}
