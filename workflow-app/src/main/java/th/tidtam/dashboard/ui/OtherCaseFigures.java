package th.tidtam.dashboard.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import th.tidtam.casework.figures.CaseFigure;

/**
 * The other case types' figures beside the directives' (coordination requests, unowned matters …): one row per case
 * type, its name linking to its list, as its module counts them today.
 */
class OtherCaseFigures extends VerticalLayout {

    OtherCaseFigures(List<CaseFigure> figures) {
        setPadding(false);
        setSpacing(false);
        add(new H3(getTranslation("dashboard.other-cases.title")));
        Grid<CaseFigure> grid = new Grid<>();
        grid.addComponentColumn(f -> new Anchor(f.route(), getTranslation(f.titleKey())))
                .setHeader(getTranslation("dashboard.other-cases.case-type")).setFlexGrow(3);
        grid.addColumn(CaseFigure::open).setHeader(getTranslation("dashboard.other-cases.open")).setAutoWidth(true);
        grid.addColumn(CaseFigure::overdue).setHeader(getTranslation("dashboard.other-cases.overdue")).setAutoWidth(true);
        grid.addColumn(CaseFigure::finished).setHeader(getTranslation("dashboard.other-cases.finished")).setAutoWidth(true);
        grid.addColumn(f -> f.onTimePercent() == null ? "–" : f.onTimePercent() + "%")
                .setHeader(getTranslation("dashboard.other-cases.on-time")).setAutoWidth(true);
        grid.setItems(figures);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.getElement().setAttribute("data-testid", "dashboard-other-cases");
        add(grid);
    }
}
