package th.tidtam.dashboard.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.casework.figures.CaseFigure;
import th.tidtam.dashboard.service.Dashboard;
import th.tidtam.dashboard.service.DashboardFigures;
import th.tidtam.dashboard.service.DashboardRequest;
import th.tidtam.dashboard.service.Figure;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.security.Roles;

/**
 * The follow-up dashboard. The filters live in the address (so a chart's bar can link to its own drill-down and a
 * view can be bookmarked); bad filters are refused with a message and the figures shown stay those of the last good
 * filters. Every number opens the directives behind it in a lazily loaded grid.
 */
@Route("dashboard")
@RolesAllowed({ Roles.GOVERNOR, Roles.VICE_GOVERNOR, Roles.HEAD_OF_OFFICE })
@Menu(order = 13, title = "nav.dashboard", icon = "vaadin:chart")
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Dashboard dashboard;
    private final Locale locale;
    private final DashboardFilters filters;
    private final Span error = new Span();
    private final Div content = new Div();
    private final DrillDown drill;

    public DashboardView(Dashboard dashboard, OrgDirectory org) {
        this.dashboard = dashboard;
        this.locale = getLocale();
        this.filters = new DashboardFilters(dashboard, org, this::apply);
        this.drill = new DrillDown(dashboard, this::refuse);
        setWidthFull();
        add(new H2(getTranslation("dashboard.title")));
        add(filters);
        error.getElement().setAttribute("data-testid", "dashboard-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(error);
        content.setWidthFull();
        content.getElement().setAttribute("data-testid", "dashboard-content");
        add(content);
        Anchor board = new Anchor("board", getTranslation("dashboard.board-link"));
        board.getElement().setAttribute("data-testid", "dashboard-board-link");
        add(board);
        add(drill);
    }

    /** Computes first: only good filters change what is shown and the address. */
    private void apply(Map<String, String> query) {
        try {
            DashboardRequest request = DashboardRequest.parse(query);
            DashboardFigures figures = dashboard.figures(request);
            show(request, figures);
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    new Location("dashboard", QueryParameters.simple(request.toQuery()))));
        } catch (RuleViolation v) {
            refuse(v);
        } catch (ApiProblems.NotFound e) {
            // another vice governor's sphere: told apart from a typo only by the id, which reveals nothing
            String asked = query.get("sphere");
            refuse(new RuleViolation("dashboard.error.unknown-sphere", asked));
        }
    }

    private void refuse(RuleViolation v) {
        error.setText(getTranslation(v.messageKey(), v.arguments()) + " — " + getTranslation("dashboard.error.unchanged"));
        error.setVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> query = event.getLocation().getQueryParameters().getParameters().entrySet().stream()
                .filter(e -> !e.getValue().isEmpty()).collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0)));
        DashboardRequest request;
        DashboardFigures figures;
        try {
            request = DashboardRequest.parse(query);
            figures = dashboard.figures(request);
        } catch (RuleViolation v) {
            request = DashboardRequest.none();
            figures = dashboard.figures(request);
            refuse(v);
        } catch (ApiProblems.NotFound e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(request, figures);
        String figure = query.get("drill");
        if (figure != null) {
            try {
                drill.open(Figure.valueOf(figure), query.get("key"), figure);
            } catch (IllegalArgumentException | RuleViolation e) {
                refuse(new RuleViolation("dashboard.error.figure"));
            }
        }
    }

    private void show(DashboardRequest request, DashboardFigures f) {
        drill.within(request);
        error.setVisible(false);
        filters.show(request);
        content.removeAll();
        Paragraph period = new Paragraph(f.fiscalYear() != null
                ? getTranslation("dashboard.period.fiscal-year", String.valueOf(f.fiscalYear()), ThaiDates.formatMedium(f.from(), locale),
                        ThaiDates.formatMedium(f.to(), locale))
                : getTranslation("dashboard.period", ThaiDates.formatMedium(f.from(), locale), ThaiDates.formatMedium(f.to(), locale)));
        period.getElement().setAttribute("data-testid", "dashboard-period");
        content.add(period);
        content.add(new FigureCards(f.counts(), drill),
                new Paragraph(getTranslation("dashboard.snapshot-note", ThaiDates.formatMedium(f.today(), locale))));
        List<CaseFigure> others = dashboard.otherCases();
        if (!others.isEmpty()) {
            content.add(new OtherCaseFigures(others));
        }
        content.add(new OnTimeRates(f, drill), new AgingAndTrend(f, drill), new OverdueList(f));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " · " + getTranslation("app.name");
    }
}
