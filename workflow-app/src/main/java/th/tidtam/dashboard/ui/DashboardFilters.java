package th.tidtam.dashboard.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.casework.Urgency;
import th.tidtam.dashboard.service.Dashboard;
import th.tidtam.dashboard.service.DashboardRequest;
import th.tidtam.directive.SourceKind;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.ui.pickers.UnitPickers;

/**
 * The dashboard's filter bar. It hands over the fields as they were typed, the same query parameters the address
 * carries, and leaves parsing them to {@link DashboardRequest}: a refused filter is then told the same way whether it
 * came from the bar or from a bookmark.
 */
class DashboardFilters extends Composite<FlexLayout> {

    private final TextField fiscalYear = new TextField();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final ComboBox<Dashboard.Choice> sphere = new ComboBox<>();
    private final ComboBox<Dashboard.Choice> agency = new ComboBox<>();
    private final ComboBox<Urgency> urgency = new ComboBox<>();
    private final ComboBox<SourceKind> source = new ComboBox<>();
    private final TextField meeting = new TextField();
    private final TextField reference = new TextField();

    DashboardFilters(Dashboard dashboard, OrgDirectory org, Consumer<Map<String, String>> apply) {
        boolean thai = Translations.isThai(getLocale());
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
        new UnitPickers(org).setUnitItems(agency, dashboard.agencies(), Dashboard.Choice::id, Dashboard.Choice::nameTh,
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
        Button applyButton = new Button(getTranslation("dashboard.filter.apply"), e -> apply.accept(query()));
        applyButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        applyButton.getElement().setAttribute("data-testid", "dashboard-apply");
        Button reset = new Button(getTranslation("dashboard.filter.reset"), e -> apply.accept(new HashMap<>()));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FlexLayout bar = getContent();
        bar.add(fiscalYear, from, to, sphere, agency, urgency, source, meeting, reference, applyButton, reset);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        bar.setWidthFull();
    }

    private Map<String, String> query() {
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

    /** Shows the filters behind the figures shown, which after a refusal are no longer those typed. */
    void show(DashboardRequest r) {
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
}
