package th.tidtam.meeting.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.meeting.AgendaItemStatus;
import th.tidtam.meeting.AgendaItemView;
import th.tidtam.meeting.AgendaVersionView;
import th.tidtam.meeting.FollowUpLine;
import th.tidtam.meeting.MeetingStatus;
import th.tidtam.meeting.MeetingSummary;

/**
 * The agenda: every item in the six standard sections with its status; the secretariat accepts, returns (with a
 * reason) or moves submissions, publishes the agenda (a later publication says what changed) and sees its versions.
 * Item 3 lists the open directives of earlier meetings, from the follow-up.
 */
final class AgendaPanel extends VerticalLayout {

    private final MeetingPanels s;
    private final MeetingSummary meeting;
    private final Runnable changed;
    private final Locale locale;
    private final boolean thai;

    AgendaPanel(MeetingPanels services, MeetingSummary meeting, boolean runs, Runnable changed) {
        this.s = services;
        this.meeting = meeting;
        this.changed = changed;
        this.locale = getLocale();
        this.thai = Translations.isThai(locale);
        setPadding(false);
        getElement().setAttribute("data-testid", "agenda");
        boolean open = meeting.status() != MeetingStatus.CANCELLED && meeting.status() != MeetingStatus.HELD;

        List<AgendaItemView> items = s.agenda.items(meeting.id());
        Grid<AgendaItemView> grid = new Grid<>();
        grid.addColumn(i -> i.number() == null ? "" : i.number()).setHeader(getTranslation("meeting.ui.item-number"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> getTranslation("meeting.ui.section." + i.section().name())).setHeader(getTranslation("meeting.ui.section"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AgendaItemView::title).setHeader(getTranslation("meeting.ui.item-title")).setFlexGrow(4);
        grid.addColumn(i -> Objects.requireNonNullElse(thai ? i.presenterUnitNameTh() : i.presenterUnitNameEn(), ""))
                .setHeader(getTranslation("meeting.ui.presenter")).setFlexGrow(2);
        grid.addColumn(i -> getTranslation("meeting.ui.item-status." + i.status().name())
                + (i.lateOverride() ? " · " + getTranslation("meeting.ui.late") : "")
                + (i.returnReason() == null ? "" : " · " + i.returnReason()))
                .setHeader(getTranslation("meeting.ui.status")).setFlexGrow(2);
        grid.addComponentColumn(i -> small("meeting.ui.files", "item-files-open", () -> new ItemFilesDialog(i).open()))
                .setAutoWidth(true).setFlexGrow(0);
        if (runs && open) {
            grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.getElement().setAttribute("data-testid", "agenda-items");
        add(items.isEmpty() ? new Paragraph(getTranslation("meeting.ui.no-items")) : grid);

        add(new H3(getTranslation("meeting.ui.follow-up")));
        List<FollowUpLine> followUp = s.agenda.followUp(meeting.id());
        Grid<FollowUpLine> lines = new Grid<>();
        lines.addColumn(FollowUpLine::directiveNumber).setHeader(getTranslation("directive.number")).setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(l -> getTranslation("directive.meeting", Objects.requireNonNullElse(l.meetingNumber(), ""),
                Objects.requireNonNullElse(l.agendaItem(), ""))).setHeader(getTranslation("meeting.ui.from-meeting")).setAutoWidth(true);
        lines.addColumn(FollowUpLine::subject).setHeader(getTranslation("directive.subject")).setFlexGrow(3);
        lines.addColumn(l -> thai ? l.leadUnitNameTh() : l.leadUnitNameEn()).setHeader(getTranslation("directive.lead-unit")).setFlexGrow(2);
        lines.addColumn(l -> l.unitsDone() + "/" + l.units()).setHeader(getTranslation("meeting.ui.units-done")).setAutoWidth(true);
        lines.addColumn(l -> ThaiDates.formatMedium(l.dueDate(), locale)
                + (l.workingDaysLate() > 0 ? " · " + getTranslation("work.days-overdue", l.workingDaysLate()) : ""))
                .setHeader(getTranslation("directive.due-date")).setAutoWidth(true);
        lines.setItems(followUp);
        lines.setAllRowsVisible(true);
        lines.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        lines.getElement().setAttribute("data-testid", "agenda-follow-up");
        add(followUp.isEmpty() ? new Paragraph(getTranslation("meeting.ui.no-follow-up")) : lines);

        add(new H3(getTranslation("meeting.ui.versions")));
        List<AgendaVersionView> versions = s.agenda.versions(meeting.id());
        Grid<AgendaVersionView> versionGrid = new Grid<>();
        versionGrid.addColumn(AgendaVersionView::version).setHeader(getTranslation("meeting.ui.version")).setAutoWidth(true).setFlexGrow(0);
        versionGrid.addColumn(v -> ThaiDates.formatDateTime(v.publishedAt().atZone(s.clock.getZone()).toLocalDateTime(), locale))
                .setHeader(getTranslation("meeting.ui.published-at")).setAutoWidth(true).setFlexGrow(0);
        versionGrid.addColumn(v -> Objects.requireNonNullElse(v.changeNote(), "")).setHeader(getTranslation("meeting.ui.change-note"));
        versionGrid.setItems(versions);
        versionGrid.setAllRowsVisible(true);
        versionGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        versionGrid.getElement().setAttribute("data-testid", "agenda-versions");
        add(versions.isEmpty() ? new Paragraph(getTranslation("meeting.ui.not-published")) : versionGrid);
        if (runs && open) {
            TextField note = new TextField(getTranslation("meeting.ui.change-note"));
            note.setWidth("30em");
            note.setVisible(!versions.isEmpty());
            note.getElement().setAttribute("data-testid", "agenda-change-note");
            Button publish = new Button(getTranslation(versions.isEmpty() ? "meeting.ui.publish" : "meeting.ui.publish-again"),
                    e -> Actions.run(s.translations, "meeting.ui.published", () -> s.agenda.publish(meeting.id(), note.getValue()), changed));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.getElement().setAttribute("data-testid", "agenda-publish");
            HorizontalLayout bar = new HorizontalLayout(note, publish);
            bar.setAlignItems(Alignment.BASELINE);
            add(bar);
        }
    }

    private HorizontalLayout actions(AgendaItemView item) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setSpacing(false);
        if (item.status() == AgendaItemStatus.SUBMITTED || item.status() == AgendaItemStatus.RETURNED) {
            bar.add(small("meeting.ui.accept", "item-accept",
                    () -> Actions.run(s.translations, "meeting.ui.saved", () -> s.agenda.accept(item.id()), changed)));
        }
        if (item.status() == AgendaItemStatus.SUBMITTED || item.status() == AgendaItemStatus.ACCEPTED) {
            bar.add(small("meeting.ui.return", "item-return", () -> returnDialog(item)));
            bar.add(small("meeting.ui.move", "item-move", () -> moveDialog(item)));
        }
        return bar;
    }

    private Button small(String key, String testId, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        b.getElement().setAttribute("data-testid", testId);
        return b;
    }

    private void returnDialog(AgendaItemView item) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("meeting.ui.return-title", item.title()));
        TextArea reason = new TextArea(getTranslation("meeting.ui.return-reason"));
        reason.setWidthFull();
        reason.getElement().setAttribute("data-testid", "item-return-reason");
        d.add(reason);
        d.setWidth("36em");
        Button ok = new Button(getTranslation("meeting.ui.return"), e -> {
            if (Actions.run(s.translations, "meeting.ui.saved", () -> s.agenda.returnItem(item.id(), reason.getValue()), changed)) {
                d.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("meeting.ui.cancel"), e -> d.close()), ok);
        d.open();
    }

    private void moveDialog(AgendaItemView item) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("meeting.ui.move-title", item.title()));
        Select<MeetingSummary> to = new Select<>();
        to.setLabel(getTranslation("meeting.ui.move-to"));
        to.setItems(s.register.meetings(meeting.bodyId()).stream().filter(m -> m.startsAt().isAfter(meeting.startsAt())
                && m.status() != MeetingStatus.CANCELLED && m.status() != MeetingStatus.HELD).toList());
        to.setItemLabelGenerator(m -> m.number() + " · " + MeetingLabels.when(m.startsAt(), locale));
        d.add(to);
        Button ok = new Button(getTranslation("meeting.ui.move"), e -> {
            if (to.getValue() != null && Actions.run(s.translations, "meeting.ui.saved",
                    () -> s.agenda.move(item.id(), to.getValue().id()), changed)) {
                d.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("meeting.ui.cancel"), e -> d.close()), ok);
        d.open();
    }
}
