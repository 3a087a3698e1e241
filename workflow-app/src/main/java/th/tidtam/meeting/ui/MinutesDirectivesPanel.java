package th.tidtam.meeting.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.directive.ui.DirectiveView;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.MinutesDirectiveView;
import th.tidtam.meeting.service.MinutesDirectives;
import th.tidtam.meeting.ui.review.MinutesImportView;
import th.tidtam.org.service.UnitSummary;

/**
 * The chair's directives in these minutes: drafted lines and the directives they became (numbers link to them).
 * The secretariat issues the drafted lines as one batch, or reads them in from the minutes' text.
 */
final class MinutesDirectivesPanel extends VerticalLayout {

    MinutesDirectivesPanel(MeetingPanels s, MeetingSummary meeting, boolean runs, Runnable changed) {
        setPadding(false);
        getElement().setAttribute("data-testid", "minutes-directives");
        Locale locale = getLocale();
        boolean thai = Translations.isThai(locale);
        List<MinutesDirectiveView> lines = s.minutesDirectives.of(meeting.id());
        Map<Long, UnitSummary> units = s.org.units(lines.stream().flatMap(l -> l.unitIds().stream()).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
        Grid<MinutesDirectiveView> grid = new Grid<>();
        grid.addColumn(MinutesDirectiveView::agendaItemNumber).setHeader(getTranslation("meeting.ui.issued.item")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(MinutesDirectiveView::text).setHeader(getTranslation("meeting.ui.review.text")).setFlexGrow(4);
        grid.addColumn(l -> l.unitIds().stream().map(units::get).filter(java.util.Objects::nonNull).map(u -> u.name(thai))
                .collect(Collectors.joining(", ")) + (l.allDistricts() ? " · " + getTranslation("meeting.ui.review.all-districts") : "")
                + (l.allAgencies() ? " · " + getTranslation("meeting.ui.review.all-agencies") : ""))
                .setHeader(getTranslation("meeting.ui.units")).setFlexGrow(3);
        grid.addColumn(l -> ThaiDates.formatMedium(l.dueDate(), locale)).setHeader(getTranslation("directive.due-date")).setAutoWidth(true);
        grid.addColumn(l -> l.cadence() == null ? "" : getTranslation("directive.cadence." + l.cadence().name()))
                .setHeader(getTranslation("directive.cadence")).setAutoWidth(true);
        grid.addComponentColumn(l -> {
            if (!l.issued()) {
                return new Span(getTranslation("meeting.ui.draft"));
            }
            RouterLink link = new RouterLink(l.issuedDirectiveNumber(), DirectiveView.class,
                    new RouteParameters("id", String.valueOf(l.issuedDirectiveId())));
            link.getElement().setAttribute("data-testid", "minutes-directive-link");
            return link;
        }).setHeader(getTranslation("directive.number")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.getElement().setAttribute("data-testid", "minutes-directive-lines");
        add(lines.isEmpty() ? new Paragraph(getTranslation("meeting.ui.no-directives")) : grid);

        if (runs) {
            HorizontalLayout bar = new HorizontalLayout();
            List<MinutesDirectiveView> drafts = lines.stream().filter(l -> !l.issued()).toList();
            if (!drafts.isEmpty()) {
                Button issue = new Button(getTranslation("meeting.ui.review.confirm", drafts.size()), e -> Actions.run(s.translations,
                        "meeting.ui.saved", () -> s.minutesDirectives.issueFromMinutes(meeting.id(), drafts.stream()
                                .map(MinutesDirectivesPanel::draft).toList()), changed));
                issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                issue.getElement().setAttribute("data-testid", "minutes-directives-issue");
                bar.add(issue);
            }
            Button read = new Button(getTranslation("meeting.ui.import.title"), e -> getUI().ifPresent(ui -> ui.navigate(
                    MinutesImportView.class, new RouteParameters("id", String.valueOf(meeting.id())))));
            read.getElement().setAttribute("data-testid", "minutes-directives-import");
            bar.add(read);
            add(bar);
        }
    }

    private static MinutesDirectives.DraftDirective draft(MinutesDirectiveView l) {
        List<Long> ids = l.unitIds();
        return new MinutesDirectives.DraftDirective(l.agendaItemNumber(), l.subject(), l.text(), ids.isEmpty() ? null : ids.get(0),
                ids.size() > 1 ? ids.subList(1, ids.size()) : List.of(), l.allDistricts(), l.allAgencies(), l.dueDate(),
                l.cadence(), l.cadenceDays(), "NORMAL", "NONE");
    }
}
