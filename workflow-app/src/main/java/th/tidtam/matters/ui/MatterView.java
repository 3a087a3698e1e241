package th.tidtam.matters.ui;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.ui.BuddhistDatePicker;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.casework.ui.CaseAttachmentsPanel;
import th.tidtam.casework.timeline.TimelineEntry;
import th.tidtam.matters.Complainant;
import th.tidtam.matters.MatterDetails;
import th.tidtam.matters.ProgressCommand;
import th.tidtam.matters.ProgressStatus;
import th.tidtam.matters.service.MatterCase;
import th.tidtam.matters.service.MatterQueries;
import th.tidtam.matters.service.MatterWork;

/**
 * One matter: what it is and where it came from, the complainant (only on the route), the parts with their progress,
 * the declines and their reasons, the timeline; the holder reports progress and asks for more time here.
 */
@Route("matters/:id")
@PermitAll
public class MatterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MatterQueries queries;
    private final MatterWork work;
    private final Timeline timeline;
    private final Translations translations;
    private final Clock clock;
    private long matterId;
    private String title = "";

    public MatterView(MatterQueries queries, MatterWork work, Timeline timeline, Translations translations, Clock clock) {
        this.queries = queries;
        this.work = work;
        this.timeline = timeline;
        this.translations = translations;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        matterId = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        show();
    }

    private void show() {
        removeAll();
        MatterDetails m;
        try {
            m = queries.details(matterId);
        } catch (ApiProblems.NotFound gone) {
            throw new NotFoundException();
        }
        boolean thai = Translations.isThai(getLocale());
        title = getTranslation("matters.ui.matter") + " " + m.number();
        add(new H2(title + " · " + m.subject()));
        Paragraph state = new Paragraph(getTranslation("matters.status." + m.status().name()) + " · "
                + getTranslation("matters.source." + m.source().name())
                + (m.sourceRef() == null ? "" : " · " + m.sourceRef())
                + " · " + getTranslation("matters.urgency." + m.urgency().name())
                + (m.secrecy().classified() ? " · " + getTranslation("matters.secrecy." + m.secrecy().name()) : ""));
        state.getElement().setAttribute("data-testid", "matter-status");
        add(state);
        if (m.letterId() != null) {
            add(new Anchor("letters/" + m.letterId(), getTranslation("matters.ui.letter")));
        }
        add(new Paragraph(getTranslation("matters.ui.received", MatterLabels.date(m.receivedOn()))
                + (m.dueDate() == null ? "" : " · " + getTranslation("matters.ui.due") + " " + MatterLabels.date(m.dueDate()))
                + (m.registeredByTitle() == null ? "" : " · " + getTranslation("matters.ui.registered-by", m.registeredByTitle()))));
        Div description = new Div(new Text(m.description()));
        description.getStyle().set("white-space", "pre-line").set("max-width", "48em");
        add(description);
        complainant(m);
        add(CaseAttachmentsPanel.forCase(MatterCase.of(matterId)));
        parts(m, thai);
        declines(m, thai);
        progress(m, thai);
        add(new H3(getTranslation("matters.ui.timeline")));
        ZoneId zone = clock.getZone();
        Div history = new Div();
        history.getElement().setAttribute("data-testid", "matter-timeline");
        for (TimelineEntry e : timeline.of(MatterCase.of(matterId))) {
            history.add(new Div(new Text(ThaiDates.formatDateTime(e.occurredAt().atZone(zone).toLocalDateTime(), getLocale()) + " · "
                    + getTranslation("matters.event." + e.kind()) + (e.detail() == null ? "" : " · " + e.detail()))));
        }
        add(history);
    }

    private void complainant(MatterDetails m) {
        if (m.complainant() == null && !m.complainantHidden()) {
            return;
        }
        add(new H3(getTranslation("matters.ui.complainant")));
        Div box = new Div();
        box.getElement().setAttribute("data-testid", "matter-complainant");
        if (m.complainantHidden()) {
            box.add(new Text(getTranslation("matters.ui.complainant-hidden")));
        } else {
            Complainant c = m.complainant();
            box.getStyle().set("white-space", "pre-line");
            box.add(new Text(c.fullName()
                    + (c.nationalId() == null ? "" : "\n" + getTranslation("matters.field.national-id") + " " + c.nationalId())
                    + (c.address() == null ? "" : "\n" + c.address())
                    + (c.phone() == null ? "" : "\n" + getTranslation("matters.field.phone") + " " + c.phone())
                    + (c.email() == null ? "" : "\n" + c.email())));
        }
        add(box);
    }

    private void parts(MatterDetails m, boolean thai) {
        if (m.parts().isEmpty()) {
            return;
        }
        add(new H3(getTranslation("matters.ui.parts")));
        Grid<MatterDetails.Part> grid = new Grid<>();
        grid.addColumn(p -> (thai ? p.unitNameTh() : p.unitNameEn()) + (p.kept() ? " (" + getTranslation("matters.ui.kept") + ")" : ""))
                .setHeader(getTranslation("matters.ui.unit")).setFlexGrow(2);
        grid.addColumn(p -> p.share() == null ? "" : p.share()).setHeader(getTranslation("matters.ui.share")).setFlexGrow(2);
        grid.addColumn(p -> MatterLabels.date(p.dueDate()) + (p.overdue() ? " · " + getTranslation("matters.ui.overdue") : ""))
                .setHeader(getTranslation("matters.ui.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation("matters.part-status." + p.status().name())).setHeader(getTranslation("matters.ui.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.percent() + "%" + (p.progressStatus() == null ? "" : " · " + getTranslation("matters.progress." + p.progressStatus().name())))
                .setHeader(getTranslation("matters.ui.progress")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(m.parts());
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("data-testid", "matter-parts");
        add(grid);
        for (MatterDetails.Part p : m.parts()) {
            if (queries.mayWork(p.id())) {
                add(workForm(p, thai));
                add(CaseAttachmentsPanel.forPart(MatterCase.of(matterId), p.id()));
            }
        }
    }

    private VerticalLayout workForm(MatterDetails.Part p, boolean thai) {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.add(new H3(getTranslation("matters.ui.report-progress") + " · " + (thai ? p.unitNameTh() : p.unitNameEn())));
        IntegerField percent = new IntegerField(getTranslation("matters.field.percent"));
        percent.setMin(0);
        percent.setMax(99);
        percent.setValue(p.percent());
        percent.getElement().setAttribute("data-testid", "progress-percent");
        Select<ProgressStatus> status = new Select<>();
        status.setLabel(getTranslation("matters.field.progress-status"));
        status.setItems(ProgressStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("matters.progress." + s.name()));
        status.setValue(p.progressStatus() == null ? ProgressStatus.ON_TRACK : p.progressStatus());
        TextArea text = new TextArea(getTranslation("matters.field.progress-text"));
        text.setWidthFull();
        text.getElement().setAttribute("data-testid", "progress-text");
        Button send = new Button(getTranslation("matters.ui.send-progress"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.getElement().setAttribute("data-testid", "progress-send");
        send.addClickListener(e -> {
            if (MatterLabels.run(translations, "matters.ui.progress-saved",
                    () -> work.report(matterId, p.id(), new ProgressCommand(percent.getValue(), status.getValue(), text.getValue())))) {
                show();
            } else {
                send.setEnabled(true);
            }
        });
        form.add(new HorizontalLayout(percent, status), text, send);
        if (p.extensionTo() == null) {
            BuddhistDatePicker to = new BuddhistDatePicker(getTranslation("matters.field.extension-to"));
            TextField reason = new TextField(getTranslation("matters.field.extension-reason"));
            reason.setWidthFull();
            Button ask = new Button(getTranslation("matters.ui.ask-extension"));
            ask.setDisableOnClick(true);
            ask.addClickListener(e -> {
                if (MatterLabels.run(translations, "matters.ui.extension-asked",
                        () -> work.requestExtension(matterId, p.id(), to.getValue(), reason.getValue()))) {
                    show();
                } else {
                    ask.setEnabled(true);
                }
            });
            form.add(new HorizontalLayout(to, reason, ask));
        } else {
            form.add(new Paragraph(getTranslation("matters.ui.extension-waiting", MatterLabels.date(p.extensionTo()))));
        }
        form.add(new Anchor("work", getTranslation("matters.ui.to-my-work")));
        return form;
    }

    private void declines(MatterDetails m, boolean thai) {
        if (m.declines().isEmpty()) {
            return;
        }
        add(new H3(getTranslation("matters.ui.declines")));
        Div list = new Div();
        list.getElement().setAttribute("data-testid", "matter-declines");
        ZoneId zone = clock.getZone();
        for (MatterDetails.Decline d : m.declines()) {
            list.add(new Div(new Text(ThaiDates.formatDateTime(d.declinedAt().atZone(zone).toLocalDateTime(), getLocale()) + " · "
                    + (thai ? d.unitNameTh() : d.unitNameEn()) + ": " + d.reason())));
        }
        add(list);
    }

    private void progress(MatterDetails m, boolean thai) {
        if (m.progress().isEmpty()) {
            return;
        }
        add(new H3(getTranslation("matters.ui.progress-reports")));
        Div list = new Div();
        list.getElement().setAttribute("data-testid", "matter-progress");
        ZoneId zone = clock.getZone();
        for (MatterDetails.Progress r : m.progress()) {
            list.add(new Div(new Text(ThaiDates.formatDateTime(r.reportedAt().atZone(zone).toLocalDateTime(), getLocale()) + " · "
                    + (thai ? r.byTitleTh() : r.byTitleEn()) + " · " + r.percent() + "% · "
                    + getTranslation(r.finalReport() ? "matters.ui.final-report" : "matters.progress." + r.status().name())
                    + " · " + r.text())));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
