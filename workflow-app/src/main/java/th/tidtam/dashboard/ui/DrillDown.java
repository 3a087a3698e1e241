package th.tidtam.dashboard.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.ui.GridRows;
import th.tidtam.dashboard.service.Dashboard;
import th.tidtam.dashboard.service.DashboardRequest;
import th.tidtam.dashboard.service.DirectiveRow;
import th.tidtam.dashboard.service.Figure;

/**
 * The directives behind a number, for the filters whose figures are shown: listed here when a number is clicked, or
 * as the address of the same list for a chart's bar (an SVG link cannot call back into the server).
 */
class DrillDown extends VerticalLayout {

    private final Dashboard dashboard;
    private final Consumer<RuleViolation> refuse;
    private final H3 title = new H3();
    private final Grid<DirectiveRow> grid = new Grid<>();
    private DashboardRequest shown = DashboardRequest.none();

    DrillDown(Dashboard dashboard, Consumer<RuleViolation> refuse) {
        this.dashboard = dashboard;
        this.refuse = refuse;
        // no padding and the view's spacing: the title and the list sit as they would straight in the view
        setPadding(false);
        setWidthFull();
        boolean thai = Translations.isThai(getLocale());
        Locale locale = getLocale();
        title.setText(getTranslation("dashboard.drill.hint"));
        title.getElement().setAttribute("data-testid", "dashboard-drill-title");
        grid.addColumn(DirectiveRow::number).setHeader(getTranslation("dashboard.col.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DirectiveRow::subject).setHeader(getTranslation("dashboard.col.subject")).setFlexGrow(4);
        grid.addColumn(r -> getTranslation("directive.status." + r.status())).setHeader(getTranslation("dashboard.col.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("directive.urgency." + r.urgency())).setHeader(getTranslation("directive.urgency"))
                .setAutoWidth(true);
        grid.addColumn(r -> ThaiDates.formatMedium(r.dueDate(), locale)).setHeader(getTranslation("dashboard.col.due"))
                .setAutoWidth(true);
        grid.addColumn(r -> thai ? r.leadUnitTh() : r.leadUnitEn()).setHeader(getTranslation("dashboard.col.lead-unit"))
                .setFlexGrow(2);
        GridRows.openOnClickOrEnter(grid, item -> getUI().ifPresent(ui -> ui.navigate("directives/" + item.id())));
        grid.getElement().setAttribute("data-testid", "dashboard-drill");
        grid.setAllRowsVisible(false);
        grid.setHeight("360px");
        grid.setVisible(false);
        add(title, grid);
    }

    /** The filters later drills count within. */
    void within(DashboardRequest request) {
        shown = request;
    }

    /** Lists the directives behind a figure; their rows load a page at a time as the grid scrolls. */
    void open(Figure figure, String key, String label) {
        try {
            List<Long> ids = dashboard.drillDown(shown, figure, key);
            title.setText(getTranslation("dashboard.drill.title", label, ids.size()));
            grid.setItems(q -> dashboard.rows(ids.subList(Math.min(q.getOffset(), ids.size()),
                    Math.min(q.getOffset() + q.getLimit(), ids.size()))).stream(), q -> ids.size());
            grid.setVisible(true);
            grid.scrollIntoView();
        } catch (RuleViolation v) {
            refuse.accept(v);
        }
    }

    String href(Figure figure, String key) {
        Map<String, String> q = new LinkedHashMap<>(shown.toQuery());
        q.put("drill", figure.name());
        if (key != null) {
            q.put("key", key);
        }
        List<String> parts = new ArrayList<>();
        q.forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return "dashboard?" + String.join("&", parts);
    }
}
