package th.tidtam.dashboard.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.ui.GridRows;
import th.tidtam.dashboard.service.DashboardFigures;
import th.tidtam.dashboard.service.DashboardFigures.OverduePart;

/**
 * The overdue parts by name, most late first, with who holds each and how far it has been escalated; a row opens its
 * directive. Only the first ones are listed, and the list says so when there are more.
 */
class OverdueList extends Div {

    private final Locale locale = getLocale();
    private final boolean thai = Translations.isThai(getLocale());

    OverdueList(DashboardFigures f) {
        add(new H3(getTranslation("dashboard.overdue.title")));
        if (f.overdue().isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.overdue.none")));
        } else {
            if (f.overdueTotal() > f.overdue().size()) {
                add(new Paragraph(getTranslation("dashboard.overdue.more", f.overdue().size(), f.overdueTotal())));
            }
            add(grid(f.overdue()));
        }
    }

    private Grid<OverduePart> grid(List<OverduePart> parts) {
        Grid<OverduePart> grid = new Grid<>();
        grid.addColumn(p -> p.number() + " " + p.subject()).setHeader(getTranslation("dashboard.col.directive")).setFlexGrow(3);
        grid.addColumn(p -> thai ? p.unitTh() : p.unitEn()).setHeader(getTranslation("dashboard.col.agency")).setFlexGrow(2);
        grid.addColumn(p -> (thai ? p.holderTh() : p.holderEn()) + (p.delegated() ? " " + getTranslation("dashboard.col.delegated") : ""))
                .setHeader(getTranslation("dashboard.col.holder")).setFlexGrow(2);
        grid.addColumn(p -> ThaiDates.formatMedium(p.dueDate(), locale) + (p.originalDueDate() != null
                && !p.originalDueDate().equals(p.dueDate())
                        ? " " + getTranslation("dashboard.col.original-due", ThaiDates.formatMedium(p.originalDueDate(), locale)) : ""))
                .setHeader(getTranslation("dashboard.col.due")).setAutoWidth(true);
        grid.addColumn(OverduePart::workingDaysLate).setHeader(getTranslation("dashboard.col.days-late")).setAutoWidth(true);
        grid.addColumn(OverduePart::waitingDays).setHeader(getTranslation("dashboard.col.waiting")).setAutoWidth(true);
        grid.addColumn(p -> p.escalationLevel() == 0 ? getTranslation("dashboard.escalation.none")
                : getTranslation("dashboard.escalation.step", p.escalationLevel(),
                        (thai ? p.escalatedToTh() : p.escalatedToEn()) == null ? "" : (thai ? p.escalatedToTh() : p.escalatedToEn())))
                .setHeader(getTranslation("dashboard.col.escalation")).setFlexGrow(2);
        grid.setItems(parts);
        if (parts.size() <= 15) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("480px");
        }
        GridRows.openOnClickOrEnter(grid, item -> getUI().ifPresent(ui -> ui.navigate("directives/" + item.directiveId())));
        grid.getElement().setAttribute("data-testid", "dashboard-overdue");
        return grid;
    }
}
