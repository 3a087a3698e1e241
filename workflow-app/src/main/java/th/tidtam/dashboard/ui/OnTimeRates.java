package th.tidtam.dashboard.ui;

import static th.tidtam.dashboard.ui.DashboardLabels.percent;
import static th.tidtam.dashboard.ui.DashboardLabels.sphere;
import static th.tidtam.dashboard.ui.DashboardLabels.svg;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.GridRows;
import th.tidtam.base.ui.SvgCharts;
import th.tidtam.dashboard.service.DashboardFigures;
import th.tidtam.dashboard.service.DashboardFigures.Rate;
import th.tidtam.dashboard.service.Figure;

/**
 * How much finished work was finished on time, in all and by sphere and agency. Each is drawn twice: a chart to read
 * at a glance and a grid with the counts behind its percentages (which a screen reader can also walk). A plain
 * {@code Div}, as are the other sections: their margins then fall as if they stood straight in the dashboard.
 */
class OnTimeRates extends Div {

    private final DrillDown drill;
    private final boolean thai = Translations.isThai(getLocale());

    OnTimeRates(DashboardFigures f, DrillDown drill) {
        this.drill = drill;
        add(new H3(getTranslation("dashboard.rate.title")), new Paragraph(getTranslation("dashboard.rate.note")));
        Rate total = f.total();
        Button totalButton = new Button(total.finished() == 0 ? getTranslation("dashboard.rate.none")
                : getTranslation("dashboard.rate.total", total.onTime(), total.finished(), percent(this, total)),
                e -> drill.open(Figure.FINISHED, null, getTranslation("dashboard.rate.title")));
        totalButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        totalButton.getElement().setAttribute("data-testid", "dashboard-rate-total");
        add(totalButton);
        add(new H3(getTranslation("dashboard.rate.by-sphere")));
        add(svg("dashboard-chart-sphere", SvgCharts.horizontalBars(f.bySphere().stream()
                .map(r -> new SvgCharts.Bar(sphere(this, thai, r), r.percentOnTime() == null ? 0 : r.percentOnTime(),
                        percent(this, r) + " (" + r.onTime() + "/" + r.finished() + ")", drill.href(Figure.FINISHED, key(r, true))))
                .toList(), 100, SvgCharts.GREEN, getTranslation("dashboard.rate.by-sphere"))));
        add(grid(f.bySphere(), true));
        add(new H3(getTranslation("dashboard.rate.by-agency")));
        add(svg("dashboard-chart-agency", SvgCharts.horizontalBars(f.byAgency().stream()
                .map(r -> new SvgCharts.Bar(name(r, false), r.percentOnTime() == null ? 0 : r.percentOnTime(),
                        percent(this, r) + " (" + r.onTime() + "/" + r.finished() + ")", drill.href(Figure.FINISHED, key(r, false))))
                .toList(), 100, SvgCharts.BLUE, getTranslation("dashboard.rate.by-agency"))));
        add(grid(f.byAgency(), false));
    }

    private Grid<Rate> grid(List<Rate> rates, boolean spheres) {
        Grid<Rate> grid = new Grid<>();
        grid.addColumn(r -> name(r, spheres))
                .setHeader(getTranslation(spheres ? "dashboard.col.sphere" : "dashboard.col.agency")).setFlexGrow(3);
        grid.addColumn(Rate::finished).setHeader(getTranslation("dashboard.col.finished")).setAutoWidth(true);
        grid.addColumn(Rate::onTime).setHeader(getTranslation("dashboard.col.on-time")).setAutoWidth(true);
        grid.addColumn(Rate::late).setHeader(getTranslation("dashboard.col.late")).setAutoWidth(true);
        grid.addColumn(r -> percent(this, r)).setHeader(getTranslation("dashboard.col.rate")).setAutoWidth(true);
        grid.addColumn(Rate::waited).setHeader(getTranslation("dashboard.col.waited")).setAutoWidth(true);
        grid.addColumn(Rate::waitingDays).setHeader(getTranslation("dashboard.col.waiting-days")).setAutoWidth(true);
        grid.setItems(rates);
        grid.setAllRowsVisible(true);
        GridRows.openOnClickOrEnter(grid, item -> drill.open(Figure.FINISHED, key(item, spheres), name(item, spheres)));
        grid.getElement().setAttribute("data-testid", spheres ? "dashboard-rate-spheres" : "dashboard-rate-agencies");
        return grid;
    }

    private String name(Rate r, boolean spheres) {
        return spheres ? sphere(this, thai, r) : thai ? r.nameTh() : r.nameEn();
    }

    private static String key(Rate r, boolean spheres) {
        return spheres ? (r.id() == null ? "sphere:none" : "sphere:" + r.id()) : "unit:" + r.id();
    }
}
