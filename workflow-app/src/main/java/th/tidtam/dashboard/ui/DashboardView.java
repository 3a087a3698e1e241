package th.tidtam.dashboard.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import th.tidtam.base.ui.GridRows;
import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.ui.SvgCharts;
import th.tidtam.casework.figures.CaseFigure;
import th.tidtam.dashboard.service.Dashboard;
import th.tidtam.dashboard.service.DashboardFigures;
import th.tidtam.dashboard.service.DashboardFigures.OverduePart;
import th.tidtam.dashboard.service.DashboardFigures.Rate;
import th.tidtam.dashboard.service.DashboardRequest;
import th.tidtam.dashboard.service.DirectiveRow;
import th.tidtam.dashboard.service.Figure;
import th.tidtam.directive.SourceKind;
import th.tidtam.casework.Urgency;
import th.tidtam.security.Roles;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.ui.pickers.UnitPickers;

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
    private final boolean thai;

    private final TextField fiscalYear = new TextField();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final ComboBox<Dashboard.Choice> sphere = new ComboBox<>();
    private final ComboBox<Dashboard.Choice> agency = new ComboBox<>();
    private final UnitPickers unitPickers;
    private final ComboBox<Urgency> urgency = new ComboBox<>();
    private final ComboBox<SourceKind> source = new ComboBox<>();
    private final TextField meeting = new TextField();
    private final TextField reference = new TextField();
    private final Span error = new Span();
    private final Div content = new Div();
    private final H3 drillTitle = new H3();
    private final Grid<DirectiveRow> drillGrid = new Grid<>();

    private DashboardRequest shown = DashboardRequest.none();

    public DashboardView(Dashboard dashboard, OrgDirectory org) {
        this.dashboard = dashboard;
        this.unitPickers = new UnitPickers(org);
        this.locale = getLocale();
        this.thai = Translations.isThai(locale);
        setWidthFull();
        add(new H2(getTranslation("dashboard.title")));
        add(filters());
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
        drillTitle.setText(getTranslation("dashboard.drill.hint"));
        drillTitle.getElement().setAttribute("data-testid", "dashboard-drill-title");
        drillGrid.addColumn(DirectiveRow::number).setHeader(getTranslation("dashboard.col.number")).setAutoWidth(true).setFlexGrow(0);
        drillGrid.addColumn(DirectiveRow::subject).setHeader(getTranslation("dashboard.col.subject")).setFlexGrow(4);
        drillGrid.addColumn(r -> getTranslation("directive.status." + r.status())).setHeader(getTranslation("dashboard.col.status"))
                .setAutoWidth(true);
        drillGrid.addColumn(r -> getTranslation("directive.urgency." + r.urgency())).setHeader(getTranslation("directive.urgency"))
                .setAutoWidth(true);
        drillGrid.addColumn(r -> ThaiDates.formatMedium(r.dueDate(), locale)).setHeader(getTranslation("dashboard.col.due"))
                .setAutoWidth(true);
        drillGrid.addColumn(r -> thai ? r.leadUnitTh() : r.leadUnitEn()).setHeader(getTranslation("dashboard.col.lead-unit"))
                .setFlexGrow(2);
        GridRows.openOnClickOrEnter(drillGrid, item -> getUI().ifPresent(ui -> ui.navigate("directives/" + item.id())));
        drillGrid.getElement().setAttribute("data-testid", "dashboard-drill");
        drillGrid.setAllRowsVisible(false);
        drillGrid.setHeight("360px");
        drillGrid.setVisible(false);
        add(drillTitle, drillGrid);
    }

    private Component filters() {
        fiscalYear.setLabel(getTranslation("dashboard.filter.fiscal-year"));
        fiscalYear.setWidth("9em");
        from.setLabel(getTranslation("dashboard.filter.from"));
        to.setLabel(getTranslation("dashboard.filter.to"));
        from.setPlaceholder(getTranslation("dashboard.filter.date-placeholder"));
        to.setPlaceholder(getTranslation("dashboard.filter.date-placeholder"));
        from.setWidth("10em");
        to.setWidth("10em");
        sphere.setLabel(getTranslation("dashboard.filter.sphere"));
        sphere.setItems(dashboard.spheres());
        sphere.setItemLabelGenerator(c -> thai ? c.nameTh() : c.nameEn());
        sphere.setClearButtonVisible(true);
        agency.setLabel(getTranslation("dashboard.filter.agency"));
        unitPickers.setUnitItems(agency, dashboard.agencies(), Dashboard.Choice::id, Dashboard.Choice::nameTh,
                Dashboard.Choice::nameEn);
        agency.setItemLabelGenerator(c -> thai ? c.nameTh() : c.nameEn());
        agency.setClearButtonVisible(true);
        agency.setWidth("20em");
        urgency.setLabel(getTranslation("dashboard.filter.urgency"));
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> getTranslation("directive.urgency." + u.name()));
        urgency.setClearButtonVisible(true);
        source.setLabel(getTranslation("dashboard.filter.source"));
        source.setItems(SourceKind.values());
        source.setItemLabelGenerator(s -> getTranslation("directive.source." + s.name()));
        source.setClearButtonVisible(true);
        meeting.setLabel(getTranslation("dashboard.filter.meeting"));
        meeting.setWidth("8em");
        reference.setLabel(getTranslation("dashboard.filter.reference"));
        Map<String, Component> ids = Map.of("fiscal-year", fiscalYear, "from", from, "to", to, "sphere", sphere, "agency",
                agency, "urgency", urgency, "source", source, "meeting", meeting, "reference", reference);
        ids.forEach((id, c) -> c.getElement().setAttribute("data-testid", "dashboard-filter-" + id));
        Button apply = new Button(getTranslation("dashboard.filter.apply"), e -> apply(fromFields()));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.getElement().setAttribute("data-testid", "dashboard-apply");
        Button reset = new Button(getTranslation("dashboard.filter.reset"), e -> apply(new HashMap<>()));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FlexLayout bar = new FlexLayout(fiscalYear, from, to, sphere, agency, urgency, source, meeting, reference, apply, reset);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        bar.setWidthFull();
        return bar;
    }

    private Map<String, String> fromFields() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("fiscalYear", fiscalYear.getValue());
        q.put("from", from.getValue());
        q.put("to", to.getValue());
        if (sphere.getValue() != null) q.put("sphere", String.valueOf(sphere.getValue().id()));
        if (agency.getValue() != null) q.put("agency", String.valueOf(agency.getValue().id()));
        if (urgency.getValue() != null) q.put("urgency", urgency.getValue().name());
        if (source.getValue() != null) q.put("source", source.getValue().name());
        q.put("meeting", meeting.getValue());
        q.put("reference", reference.getValue());
        return q;
    }

    /** Computes first: only good filters change what is shown and the address. */
    private void apply(Map<String, String> query) {
        try {
            DashboardRequest request = DashboardRequest.parse(query);
            DashboardFigures figures = dashboard.figures(request);
            show(request, figures);
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    new com.vaadin.flow.router.Location("dashboard", QueryParameters.simple(request.toQuery()))));
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
        String drill = query.get("drill");
        if (drill != null) {
            try {
                Figure f = Figure.valueOf(drill);
                drill(f, query.get("key"), drill);
            } catch (IllegalArgumentException | RuleViolation e) {
                refuse(new RuleViolation("dashboard.error.figure"));
            }
        }
    }

    private void show(DashboardRequest request, DashboardFigures f) {
        shown = request;
        error.setVisible(false);
        fillFields(request);
        content.removeAll();
        Paragraph period = new Paragraph(f.fiscalYear() != null
                ? getTranslation("dashboard.period.fiscal-year", String.valueOf(f.fiscalYear()), ThaiDates.formatMedium(f.from(), locale),
                        ThaiDates.formatMedium(f.to(), locale))
                : getTranslation("dashboard.period", ThaiDates.formatMedium(f.from(), locale), ThaiDates.formatMedium(f.to(), locale)));
        period.getElement().setAttribute("data-testid", "dashboard-period");
        content.add(period);

        DashboardFigures.Counts c = f.counts();
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.add(card("open-parts", getTranslation("dashboard.figure.open-parts"), c.openParts(), Figure.OPEN_PARTS, "parts"));
        cards.add(card("open-directives", getTranslation("dashboard.figure.open-directives"), c.openDirectives(),
                Figure.OPEN_DIRECTIVES, "directives"));
        cards.add(card("overdue", getTranslation("dashboard.figure.overdue"), c.overdueParts(), Figure.OVERDUE, "parts"));
        cards.add(card("due-soon", getTranslation("dashboard.figure.due-soon", Dashboard.DUE_SOON_WORKING_DAYS), c.dueSoonParts(),
                Figure.DUE_SOON, "parts"));
        cards.add(card("waiting", getTranslation("dashboard.figure.waiting"), c.waitingParts(), Figure.WAITING, "parts"));
        cards.add(card("finished-this-month", getTranslation("dashboard.figure.finished-this-month"), c.finishedPartsThisMonth(),
                Figure.FINISHED_THIS_MONTH, "parts"));
        cards.add(card("closed-this-month", getTranslation("dashboard.figure.closed-this-month"), c.closedDirectivesThisMonth(),
                Figure.CLOSED_THIS_MONTH, "directives"));
        content.add(cards, new Paragraph(getTranslation("dashboard.snapshot-note", ThaiDates.formatMedium(f.today(), locale))));
        List<CaseFigure> others = dashboard.otherCases();
        if (!others.isEmpty()) {
            content.add(new OtherCaseFigures(others));
        }

        content.add(new H3(getTranslation("dashboard.rate.title")), new Paragraph(getTranslation("dashboard.rate.note")));
        Rate total = f.total();
        Button totalButton = new Button(total.finished() == 0 ? getTranslation("dashboard.rate.none")
                : getTranslation("dashboard.rate.total", total.onTime(), total.finished(), percent(total)),
                e -> drill(Figure.FINISHED, null, getTranslation("dashboard.rate.title")));
        totalButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        totalButton.getElement().setAttribute("data-testid", "dashboard-rate-total");
        content.add(totalButton);
        content.add(new H3(getTranslation("dashboard.rate.by-sphere")));
        content.add(svg("dashboard-chart-sphere", SvgCharts.horizontalBars(f.bySphere().stream()
                .map(r -> new SvgCharts.Bar(sphereName(r), r.percentOnTime() == null ? 0 : r.percentOnTime(),
                        percent(r) + " (" + r.onTime() + "/" + r.finished() + ")",
                        href(Figure.FINISHED, r.id() == null ? "sphere:none" : "sphere:" + r.id())))
                .toList(), 100, SvgCharts.GREEN, getTranslation("dashboard.rate.by-sphere"))));
        content.add(rateGrid(f.bySphere(), true));
        content.add(new H3(getTranslation("dashboard.rate.by-agency")));
        content.add(svg("dashboard-chart-agency", SvgCharts.horizontalBars(f.byAgency().stream()
                .map(r -> new SvgCharts.Bar(thai ? r.nameTh() : r.nameEn(), r.percentOnTime() == null ? 0 : r.percentOnTime(),
                        percent(r) + " (" + r.onTime() + "/" + r.finished() + ")", href(Figure.FINISHED, "unit:" + r.id())))
                .toList(), 100, SvgCharts.BLUE, getTranslation("dashboard.rate.by-agency"))));
        content.add(rateGrid(f.byAgency(), false));

        content.add(new H3(getTranslation("dashboard.aging.title")));
        List<SvgCharts.Bar> aging = f.aging().stream().map(b -> new SvgCharts.Bar(bucketName(b), b.parts(),
                String.valueOf(b.parts()), href(Figure.AGING, String.valueOf(b.index())))).toList();
        content.add(svg("dashboard-chart-aging", SvgCharts.horizontalBars(aging, 0, SvgCharts.RED, getTranslation("dashboard.aging.title"))));
        HorizontalLayout agingButtons = new HorizontalLayout();
        f.aging().forEach(b -> {
            Button button = new Button(bucketName(b) + ": " + b.parts(), e -> drill(Figure.AGING, String.valueOf(b.index()), bucketName(b)));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.getElement().setAttribute("data-testid", "dashboard-aging-" + b.index());
            agingButtons.add(button);
        });
        content.add(agingButtons);

        content.add(new H3(getTranslation("dashboard.trend.title")));
        List<String> months = f.trend().stream().map(m -> monthLabel(m.month())).toList();
        content.add(svg("dashboard-chart-trend", SvgCharts.columnsAndLines(months, List.of(
                new SvgCharts.Series(getTranslation("dashboard.trend.issued"), SvgCharts.BLUE,
                        f.trend().stream().map(DashboardFigures.Month::issued).toList(),
                        f.trend().stream().map(m -> href(Figure.ISSUED_IN_MONTH, m.month().toString())).toList()),
                new SvgCharts.Series(getTranslation("dashboard.trend.closed"), SvgCharts.GREEN,
                        f.trend().stream().map(DashboardFigures.Month::closed).toList(),
                        f.trend().stream().map(m -> href(Figure.CLOSED_IN_MONTH, m.month().toString())).toList())),
                getTranslation("dashboard.trend.title"))));

        content.add(new H3(getTranslation("dashboard.overdue.title")));
        if (f.overdue().isEmpty()) {
            content.add(new Paragraph(getTranslation("dashboard.overdue.none")));
        } else {
            if (f.overdueTotal() > f.overdue().size()) {
                content.add(new Paragraph(getTranslation("dashboard.overdue.more", f.overdue().size(), f.overdueTotal())));
            }
            content.add(overdueGrid(f.overdue()));
        }
    }

    private Component card(String id, String label, long value, Figure figure, String unit) {
        Button number = new Button(String.valueOf(value), e -> drill(figure, null, label));
        number.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_TERTIARY);
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        number.getElement().setAttribute("data-testid", "dashboard-figure-" + id);
        // the button shows a bare number: its spoken name says what is counted (and still contains the number shown)
        number.setAriaLabel(getTranslation("a11y.figure", label, String.valueOf(value), getTranslation("dashboard.figure.unit." + unit)));
        Span caption = new Span(label);
        Span counted = new Span(getTranslation("dashboard.figure.unit." + unit));
        counted.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout box = new VerticalLayout(number, caption, counted);
        box.setSpacing(false);
        box.setPadding(true);
        box.setWidth("14em");
        box.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)");
        return box;
    }

    private Grid<Rate> rateGrid(List<Rate> rates, boolean spheres) {
        Grid<Rate> grid = new Grid<>();
        grid.addColumn(r -> spheres ? sphereName(r) : (thai ? r.nameTh() : r.nameEn()))
                .setHeader(getTranslation(spheres ? "dashboard.col.sphere" : "dashboard.col.agency")).setFlexGrow(3);
        grid.addColumn(Rate::finished).setHeader(getTranslation("dashboard.col.finished")).setAutoWidth(true);
        grid.addColumn(Rate::onTime).setHeader(getTranslation("dashboard.col.on-time")).setAutoWidth(true);
        grid.addColumn(Rate::late).setHeader(getTranslation("dashboard.col.late")).setAutoWidth(true);
        grid.addColumn(this::percent).setHeader(getTranslation("dashboard.col.rate")).setAutoWidth(true);
        grid.addColumn(Rate::waited).setHeader(getTranslation("dashboard.col.waited")).setAutoWidth(true);
        grid.addColumn(Rate::waitingDays).setHeader(getTranslation("dashboard.col.waiting-days")).setAutoWidth(true);
        grid.setItems(rates);
        grid.setAllRowsVisible(true);
        GridRows.openOnClickOrEnter(grid, item -> drill(Figure.FINISHED, key(item, spheres),
                spheres ? sphereName(item) : (thai ? item.nameTh() : item.nameEn())));
        grid.getElement().setAttribute("data-testid", spheres ? "dashboard-rate-spheres" : "dashboard-rate-agencies");
        return grid;
    }

    private static String key(Rate r, boolean spheres) {
        return spheres ? (r.id() == null ? "sphere:none" : "sphere:" + r.id()) : "unit:" + r.id();
    }

    private Grid<OverduePart> overdueGrid(List<OverduePart> parts) {
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

    /** Lists the directives behind a figure; their rows load a page at a time as the grid scrolls. */
    private void drill(Figure figure, String key, String label) {
        try {
            List<Long> ids = dashboard.drillDown(shown, figure, key);
            drillTitle.setText(getTranslation("dashboard.drill.title", label, ids.size()));
            drillGrid.setItems(q -> dashboard.rows(ids.subList(Math.min(q.getOffset(), ids.size()),
                    Math.min(q.getOffset() + q.getLimit(), ids.size()))).stream(), q -> ids.size());
            drillGrid.setVisible(true);
            drillGrid.scrollIntoView();
        } catch (RuleViolation v) {
            refuse(v);
        }
    }

    private void fillFields(DashboardRequest r) {
        fiscalYear.setValue(r.fiscalYear() == null ? "" : r.fiscalYear().toString());
        from.setValue(r.from() == null ? "" : ThaiDates.formatShort(r.from()));
        to.setValue(r.to() == null ? "" : ThaiDates.formatShort(r.to()));
        sphere.setValue(r.sphere() == null ? null
                : sphere.getListDataView().getItems().filter(c -> c.id() == r.sphere()).findFirst().orElse(null));
        agency.setValue(r.agency() == null ? null
                : agency.getListDataView().getItems().filter(c -> c.id() == r.agency()).findFirst().orElse(null));
        urgency.setValue(r.urgency());
        source.setValue(r.source());
        meeting.setValue(r.meeting() == null ? "" : r.meeting());
        reference.setValue(r.reference() == null ? "" : r.reference());
    }

    private String href(Figure figure, String key) {
        Map<String, String> q = new LinkedHashMap<>(shown.toQuery());
        q.put("drill", figure.name());
        if (key != null) {
            q.put("key", key);
        }
        List<String> parts = new ArrayList<>();
        q.forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return "dashboard?" + String.join("&", parts);
    }

    private String sphereName(Rate r) {
        return r.id() == null ? getTranslation("dashboard.rate.no-sphere") : thai ? r.nameTh() : r.nameEn();
    }

    private String bucketName(DashboardFigures.Bucket b) {
        return b.maxDays() == null ? getTranslation("dashboard.aging.bucket-open", b.minDays() - 1)
                : getTranslation("dashboard.aging.bucket", b.minDays(), b.maxDays());
    }

    private String monthLabel(YearMonth m) {
        String name = ThaiDates.formatMedium(m.atDay(1), locale);
        // "1 ต.ค. 2568" → "ต.ค. 68": the day is noise on a month axis
        String[] words = name.split(" ");
        return words[1] + " " + words[2].substring(2);
    }

    private String percent(Rate r) {
        return r.percentOnTime() == null ? "–" : getTranslation("dashboard.chart.percent", r.percentOnTime());
    }

    private static Div svg(String testId, String svg) {
        Div d = new Div();
        // innerHTML, not Html: the browser then parses the markup as inline SVG in the right namespace
        d.getElement().setProperty("innerHTML", svg);
        d.getElement().setAttribute("data-testid", testId);
        d.setWidthFull();
        return d;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " · " + getTranslation("app.name");
    }
}
