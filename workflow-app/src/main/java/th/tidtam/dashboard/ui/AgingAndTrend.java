package th.tidtam.dashboard.ui;

import static th.tidtam.dashboard.ui.DashboardLabels.bucket;
import static th.tidtam.dashboard.ui.DashboardLabels.svg;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import th.tidtam.base.ui.SvgCharts;
import th.tidtam.dashboard.service.DashboardFigures;
import th.tidtam.dashboard.service.Figure;

/** How long the open work has been open, and the directives issued and closed month by month. */
class AgingAndTrend extends Div {

    AgingAndTrend(DashboardFigures f, DrillDown drill) {
        add(new H3(getTranslation("dashboard.aging.title")));
        List<SvgCharts.Bar> aging = f.aging().stream().map(b -> new SvgCharts.Bar(bucket(this, b), b.parts(),
                String.valueOf(b.parts()), drill.href(Figure.AGING, String.valueOf(b.index())))).toList();
        add(svg("dashboard-chart-aging", SvgCharts.horizontalBars(aging, 0, SvgCharts.RED, getTranslation("dashboard.aging.title"))));
        // the chart's bars are links that reload the page; these open the same lists in place, and by keyboard
        HorizontalLayout agingButtons = new HorizontalLayout();
        f.aging().forEach(b -> {
            Button button = new Button(bucket(this, b) + ": " + b.parts(),
                    e -> drill.open(Figure.AGING, String.valueOf(b.index()), bucket(this, b)));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.getElement().setAttribute("data-testid", "dashboard-aging-" + b.index());
            agingButtons.add(button);
        });
        add(agingButtons);

        add(new H3(getTranslation("dashboard.trend.title")));
        List<String> months = f.trend().stream().map(m -> DashboardLabels.month(getLocale(), m.month())).toList();
        add(svg("dashboard-chart-trend", SvgCharts.columnsAndLines(months, List.of(
                new SvgCharts.Series(getTranslation("dashboard.trend.issued"), SvgCharts.BLUE,
                        f.trend().stream().map(DashboardFigures.Month::issued).toList(),
                        f.trend().stream().map(m -> drill.href(Figure.ISSUED_IN_MONTH, m.month().toString())).toList()),
                new SvgCharts.Series(getTranslation("dashboard.trend.closed"), SvgCharts.GREEN,
                        f.trend().stream().map(DashboardFigures.Month::closed).toList(),
                        f.trend().stream().map(m -> drill.href(Figure.CLOSED_IN_MONTH, m.month().toString())).toList())),
                getTranslation("dashboard.trend.title"))));
    }
}
