package th.tidtam.audit.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import th.tidtam.security.Roles;
import th.tidtam.audit.domain.AuditAction;
import th.tidtam.audit.domain.AuditEntry;
import th.tidtam.audit.domain.AuditFilter;
import th.tidtam.audit.service.AuditActors;
import th.tidtam.audit.service.AuditTrail;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.ui.BuddhistDatePicker;

/**
 * The audit trail for the administrator (บันทึกการใช้งานระบบ): who did or saw what, in which position, when and from
 * where, newest first. The grid fetches one page at a time from the database; every filter narrows the query.
 */
@Route("admin/audit")
@RolesAllowed({ Roles.ADMIN, Roles.PROVINCE_ADMIN })
@Menu(order = 94, title = "nav.audit", icon = "vaadin:records")
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final AuditTrail trail;
    private final Clock clock;
    private final Locale locale;
    private final boolean thai;

    private final BuddhistDatePicker from;
    private final BuddhistDatePicker to;
    private final TextField user = field("audit.filter.user", "audit-user");
    private final TextField position = field("audit.filter.position", "audit-position");
    private final Select<AuditAction> action = new Select<>();
    private final TextField objectType = field("audit.filter.object-type", "audit-object-type");
    private final TextField objectId = field("audit.filter.object-id", "audit-object-id");
    private final TextField address = field("audit.filter.address", "audit-address");
    private final TextField text = field("audit.filter.text", "audit-text");
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span count = new Span();

    public AuditLogView(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
        this.locale = getLocale();
        this.thai = Translations.isThai(locale);
        setSizeFull();
        add(new H2(getTranslation("nav.audit")), new Paragraph(getTranslation("audit.intro")));

        from = new BuddhistDatePicker(getTranslation("audit.filter.from"));
        from.getElement().setAttribute("data-testid", "audit-from");
        to = new BuddhistDatePicker(getTranslation("audit.filter.to"));
        to.getElement().setAttribute("data-testid", "audit-to");
        action.setLabel(getTranslation("audit.filter.action"));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.filter.any"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> a == null ? getTranslation("audit.filter.any") : getTranslation("audit.action." + a.name()));
        action.getElement().setAttribute("data-testid", "audit-action");

        FormLayout filters = new FormLayout(from, to, user, position, action, objectType, objectId, address, text);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("50em", 5));
        Button clear = new Button(getTranslation("audit.filter.clear"), e -> clearFilters());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.getElement().setAttribute("data-testid", "audit-clear");

        grid.addColumn(e -> when(e))
                .setHeader(getTranslation("audit.column.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> AuditActors.SYSTEM.equals(e.getUsername()) ? getTranslation("audit.system") : e.getUsername())
                .setHeader(getTranslation("audit.column.user")).setAutoWidth(true);
        grid.addColumn(e -> e.getPositionTitle() == null ? "" : e.getPositionTitle()
                + (e.getCapacity() == null ? "" : " (" + getTranslation("audit.capacity." + e.getCapacity().name()) + ")"))
                .setHeader(getTranslation("audit.column.position")).setFlexGrow(3)
                .setTooltipGenerator(e -> e.getPositions() == null ? "" : e.getPositions());
        grid.addColumn(e -> e.getAddress() == null ? "" : e.getAddress()).setHeader(getTranslation("audit.column.address"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.getAction().name()))
                .setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        grid.addColumn(e -> e.getObjectType() == null ? "" : e.getObjectType() + " #" + e.getObjectId())
                .setHeader(getTranslation("audit.column.object")).setAutoWidth(true);
        grid.addColumn(e -> e.getSecrecy() == null || "NONE".equals(e.getSecrecy()) ? ""
                : getTranslation("audit.secrecy." + e.getSecrecy())).setHeader(getTranslation("audit.column.secrecy"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.getDetails() == null ? "" : e.getDetails()).setHeader(getTranslation("audit.column.details"))
                .setFlexGrow(3).setTooltipGenerator(e -> e.getDetails() == null ? "" : e.getDetails());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("data-testid", "audit-grid");
        grid.setSizeFull();
        grid.setPageSize(50);
        count.getElement().setAttribute("data-testid", "audit-count");

        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        add(filters, clear, count, grid);
        refresh();
    }

    /** "26 พ.ย. 2569 10:47:03 น.": to the second, since several rows of one action share a minute. */
    private String when(AuditEntry e) {
        LocalDateTime t = LocalDateTime.ofInstant(e.getOccurredAt(), clock.getZone());
        return ThaiDates.formatMedium(t.toLocalDate(), locale)
                + String.format(" %02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond()) + (thai ? " น." : "");
    }

    private TextField field(String label, String testId) {
        TextField f = new TextField(getTranslation(label));
        f.setClearButtonVisible(true);
        f.setValueChangeMode(ValueChangeMode.LAZY);
        f.addValueChangeListener(e -> refresh());
        f.getElement().setAttribute("data-testid", testId);
        return f;
    }

    private AuditFilter filter() {
        return new AuditFilter(from.getValue(), to.getValue(), user.getValue(), position.getValue(), action.getValue(),
                objectType.getValue(), objectId.getValue(), address.getValue(), text.getValue());
    }

    private void refresh() {
        if (grid == null || trail == null) {
            return; // the text fields are built before the grid
        }
        AuditFilter filter = filter();
        long total = trail.count(filter);
        count.setText(getTranslation("audit.count", total));
        grid.setItems(query -> trail.search(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, trail.count(filter)));
    }

    private void clearFilters() {
        from.clear();
        to.clear();
        user.clear();
        position.clear();
        action.clear();
        objectType.clear();
        objectId.clear();
        address.clear();
        text.clear();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " · " + getTranslation("app.name");
    }
}
