package th.tidtam.rollup.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;
import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.rollup.service.NationalRollUp;
import th.tidtam.rollup.service.RollUp;
import th.tidtam.rollup.service.RollUpExport;
import th.tidtam.security.Roles;

/**
 * The Ministry's national roll-up: every province side by side (a province's name opens its figures agency by agency,
 * read-only), by agency type across provinces, the trend of the last twelve months, and the comparison as PDF or XLSX.
 * The address carries the fiscal year ({@code ?fiscalYear=2570}) and the province ({@code ?province=<id>}).
 */
@Route("rollup")
@RolesAllowed(Roles.MINISTRY)
@Menu(order = 12, title = "nav.rollup", icon = "vaadin:globe")
public class RollUpView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NationalRollUp rollUp;
    private final RollUpExport export;
    private final Div content = new Div();
    private final boolean thai;

    public RollUpView(NationalRollUp rollUp, RollUpExport export) {
        this.rollUp = rollUp;
        this.export = export;
        this.thai = Translations.isThai(getLocale());
        setWidthFull();
        add(new H2(getTranslation("rollup.title")));
        content.setWidthFull();
        content.getElement().setAttribute("data-testid", "rollup-content");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        content.removeAll();
        try {
            Integer year = first(query, "fiscalYear") == null ? null : Integer.valueOf(first(query, "fiscalYear"));
            String province = first(query, "province");
            if (province != null) {
                showProvince(rollUp.province(Long.parseLong(province), year));
            } else {
                showNation(rollUp.rollUp(year));
            }
        } catch (NumberFormatException | ApiProblems.NotFound e) {
            event.rerouteToError(NotFoundException.class);
        } catch (RuleViolation v) {
            Span error = new Span(getTranslation(v.messageKey(), v.arguments()));
            error.getElement().setAttribute("data-testid", "rollup-error");
            content.add(error);
        }
    }

    private void showNation(RollUp r) {
        content.add(new Paragraph(period(r.fiscalYear(), r)), new Paragraph(getTranslation("rollup.clearance." + r.clearance().name())));
        content.add(downloads(r.fiscalYear()));
        content.add(new H3(getTranslation("rollup.by-province")));
        Grid<RollUp.Row> provinces = grid(r.provinces(), row -> {
            Anchor open = new Anchor("rollup?" + QueryParameters.simple(Map.of("province", provinceId(r, row),
                    "fiscalYear", String.valueOf(r.fiscalYear()))).getQueryString(), row.name(thai));
            return open;
        });
        provinces.getElement().setAttribute("data-testid", "rollup-provinces");
        content.add(provinces);
        content.add(new H3(getTranslation("rollup.by-agency-type")));
        content.add(grid(r.byAgencyType(), row -> new Span(getTranslation("rollup.kind." + row.key()))));
        content.add(new H3(getTranslation("rollup.trend")));
        content.add(trend(r.trend()));
    }

    private Grid<RollUp.Month> trend(List<RollUp.Month> months) {
        Grid<RollUp.Month> trend = new Grid<>();
        trend.addColumn(m -> ThaiDates.monthName(m.month().getMonthValue(), getLocale()) + " "
                + (m.month().getYear() + ThaiDates.BE_OFFSET)).setHeader(getTranslation("rollup.col.month"));
        trend.addColumn(RollUp.Month::finished).setHeader(getTranslation("rollup.col.finished-month")).setTextAlign(ColumnTextAlign.END);
        trend.addColumn(RollUp.Month::onTime).setHeader(getTranslation("rollup.col.on-time")).setTextAlign(ColumnTextAlign.END);
        trend.addColumn(m -> percent(m.percentOnTime())).setHeader(getTranslation("rollup.col.percent"))
                .setTextAlign(ColumnTextAlign.END);
        trend.setItems(months);
        trend.setAllRowsVisible(true);
        trend.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        return trend;
    }

    private void showProvince(RollUp.Province p) {
        content.add(new H3(p.total().name(thai)), new Paragraph(getTranslation("rollup.province.read-only")));
        content.add(new Paragraph(getTranslation("rollup.period", String.valueOf(p.fiscalYear()),
                ThaiDates.formatMedium(p.from(), getLocale()), ThaiDates.formatMedium(p.to(), getLocale()),
                ThaiDates.formatMedium(p.today(), getLocale()))));
        content.add(new Anchor("rollup?fiscalYear=" + p.fiscalYear(), getTranslation("rollup.back")));
        Grid<RollUp.Row> total = grid(List.of(p.total()), row -> new Span(getTranslation("rollup.province.total")));
        content.add(total);
        Grid<RollUp.Row> agencies = grid(p.agencies(), row -> new Span(row.name(thai)));
        agencies.getElement().setAttribute("data-testid", "rollup-agencies");
        content.add(agencies);
        content.add(new H3(getTranslation("dashboard.aging.title")));
        int[] from = RollUp.agingFrom();
        List<String> buckets = new java.util.ArrayList<>();
        for (int i = 0; i < from.length; i++) {
            String label = i + 1 < from.length
                    ? getTranslation("dashboard.aging.bucket", String.valueOf(from[i]), String.valueOf(from[i + 1] - 1))
                    : getTranslation("dashboard.aging.bucket-open", String.valueOf(from[i] - 1));
            buckets.add(label + ": " + String.format(getLocale(), "%,d", p.total().aging()[i]));
        }
        Paragraph aging = new Paragraph(String.join(" · ", buckets));
        aging.getElement().setAttribute("data-testid", "rollup-province-aging");
        content.add(aging);
        content.add(new H3(getTranslation("rollup.trend")));
        content.add(trend(p.trend()));
    }

    private HorizontalLayout downloads(int year) {
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = export.pdf(rollUp.rollUp(year));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "rollup-" + year + ".pdf", RollUpExport.PDF,
                    bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("rollup.download.pdf"));
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = export.xlsx(rollUp.rollUp(year));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "rollup-" + year + ".xlsx", RollUpExport.XLSX,
                    bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("rollup.download.xlsx"));
        pdf.getElement().setAttribute("data-testid", "rollup-pdf");
        xlsx.getElement().setAttribute("data-testid", "rollup-xlsx");
        return new HorizontalLayout(pdf, xlsx);
    }

    private Grid<RollUp.Row> grid(List<RollUp.Row> rows, Function<RollUp.Row, com.vaadin.flow.component.Component> name) {
        Grid<RollUp.Row> grid = new Grid<>();
        grid.addComponentColumn(name::apply).setHeader(getTranslation("rollup.col.name")).setFlexGrow(3);
        grid.addColumn(RollUp.Row::open).setHeader(getTranslation("rollup.col.open")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(RollUp.Row::overdue).setHeader(getTranslation("rollup.col.overdue")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(RollUp.Row::dueSoon).setHeader(getTranslation("rollup.col.due-soon")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(RollUp.Row::finished).setHeader(getTranslation("rollup.col.finished")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(RollUp.Row::onTime).setHeader(getTranslation("rollup.col.on-time")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> percent(r.percentOnTime())).setHeader(getTranslation("rollup.col.percent"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        // long headings ("finished in the fiscal year") wrap instead of being cut off
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private String period(int year, RollUp r) {
        return getTranslation("rollup.period", String.valueOf(year), ThaiDates.formatMedium(r.from(), getLocale()),
                ThaiDates.formatMedium(r.to(), getLocale()), ThaiDates.formatMedium(r.today(), getLocale()));
    }

    /** The province's id for its link: the rows carry the code, the id is what the address takes. */
    private String provinceId(RollUp r, RollUp.Row row) {
        return String.valueOf(row.id());
    }

    private static String percent(Double p) {
        return p == null ? "–" : String.format(Locale.ROOT, "%.1f %%", p);
    }

    private static String first(Map<String, List<String>> query, String key) {
        List<String> v = query.get(key);
        return v == null || v.isEmpty() || v.get(0).isBlank() ? null : v.get(0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.rollup") + " · " + getTranslation("app.name");
    }
}
