package th.tidtam.partners.ui;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.AdminForms;
import th.tidtam.org.UnitKind;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.partners.PartnerKind;
import th.tidtam.partners.service.PartnerRegister;
import th.tidtam.partners.service.PartnerSummary;
import th.tidtam.partners.service.PartnerScope;
import th.tidtam.partners.service.Partners;
import th.tidtam.security.CurrentUser;
import th.tidtam.security.Roles;

/**
 * The partners register: everyone signed in finds a partner's contact here; the administrator and the secretariat add,
 * edit, deactivate and reactivate partners in a dialog like the org screens'. The list is lazy: the register of a
 * province's 109 local governments and more is read a page at a time.
 */
@Route("partners")
@PermitAll
@Menu(order = 22, title = "nav.partners", icon = "vaadin:building")
public class PartnersView extends VerticalLayout implements HasDynamicTitle {

    private final Partners partners;
    private final PartnerRegister register;
    private final boolean thai;
    private final boolean mayChange;
    private final Map<Long, UnitSummary> districts;
    private final AdminForms forms;

    private final TextField search = new TextField();
    private final Select<PartnerKind> kind = new Select<>();
    private final Checkbox activeOnly = new Checkbox();
    private final Grid<PartnerSummary> grid = new Grid<>();
    private final Span count = new Span();

    public PartnersView(Partners partners, PartnerRegister register, OrgDirectory org, CurrentUser currentUser,
            PartnerScope scope, Translations translations) {
        this.partners = partners;
        this.register = register;
        Locale locale = getLocale();
        this.thai = Translations.isThai(locale);
        this.mayChange = currentUser.get().map(u -> u.hasRole(Roles.ADMIN) || u.hasRole(Roles.SECRETARIAT)).orElse(false);
        // the districts of the user's province (all provinces' for the installation's administrator)
        java.util.Optional<java.util.Collection<Long>> provinces = scope.provinceIds();
        this.districts = (provinces.isEmpty() ? org.allUnits()
                : provinces.get().stream().flatMap(id -> org.allUnits(id).stream()).toList()).stream()
                .filter(u -> u.kind() == UnitKind.DISTRICT)
                .sorted(Comparator.comparing(UnitSummary::nameTh))
                .collect(Collectors.toMap(UnitSummary::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        this.forms = new AdminForms(this, translations, this::refresh);
        setSizeFull();
        add(new H2(getTranslation("partners.ui.title")));
        add(filters());
        add(buttons());
        configureGrid();
        add(grid, count);
        refresh();
    }

    private HorizontalLayout filters() {
        search.setPlaceholder(getTranslation("partners.ui.search"));
        search.setMaxLength(Partners.MAX_QUERY);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("28em");
        search.getElement().setAttribute("data-testid", "partners-search");
        search.addValueChangeListener(e -> refresh());
        kind.setItems(PartnerKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("partners.ui.all-kinds"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("partners.ui.all-kinds")
                : getTranslation("partners.kind." + k.name()));
        kind.getElement().setAttribute("data-testid", "partners-kind");
        kind.addValueChangeListener(e -> refresh());
        activeOnly.setLabel(getTranslation("partners.ui.active-only"));
        activeOnly.setValue(true);
        activeOnly.addValueChangeListener(e -> refresh());
        HorizontalLayout row = new HorizontalLayout(search, kind, activeOnly);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private HorizontalLayout buttons() {
        if (!mayChange) {
            return new HorizontalLayout(new Span(getTranslation("partners.ui.read-only")));
        }
        Button add = new Button(getTranslation("partners.ui.add"), e -> dialog(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.getElement().setAttribute("data-testid", "partner-new");
        Button edit = new Button(getTranslation("partners.ui.edit"),
                e -> grid.getSelectedItems().stream().findFirst().ifPresent(p -> dialog(p.id())));
        edit.getElement().setAttribute("data-testid", "partner-edit");
        Button toggle = new Button(getTranslation("partners.ui.deactivate") + " / " + getTranslation("partners.ui.activate"),
                e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::toggle));
        toggle.getElement().setAttribute("data-testid", "partner-toggle");
        return new HorizontalLayout(add, edit, toggle);
    }

    private void configureGrid() {
        grid.addColumn(p -> p.name(thai)).setHeader(getTranslation("partners.field.name-th")).setFlexGrow(3);
        grid.addColumn(p -> getTranslation("partners.kind." + p.kind().name())).setHeader(getTranslation("partners.field.kind"))
                .setFlexGrow(1);
        grid.addColumn(p -> join(p.contactName(), p.contactTitle())).setHeader(getTranslation("partners.field.contact-name"))
                .setFlexGrow(2);
        grid.addColumn(p -> p.email() == null ? "" : p.email()).setHeader(getTranslation("partners.field.email")).setFlexGrow(2);
        grid.addColumn(p -> p.phone() == null ? "" : p.phone()).setHeader(getTranslation("partners.field.phone")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.active() ? "partners.ui.status-active" : "partners.ui.status-inactive"))
                .setHeader(getTranslation("partners.field.status")).setAutoWidth(true);
        grid.setSizeFull();
        grid.getElement().setAttribute("data-testid", "partners-grid");
        if (mayChange) {
            grid.addItemDoubleClickListener(e -> dialog(e.getItem().id()));
        }
    }

    private static String join(String name, String title) {
        if (name == null) {
            return title == null ? "" : title;
        }
        return title == null ? name : name + " (" + title + ")";
    }

    private void refresh() {
        String text = search.getValue();
        PartnerKind k = kind.getValue();
        boolean active = activeOnly.getValue();
        grid.setItems(query -> partners.search(text, k, active, query.getOffset(), query.getLimit()).stream(),
                query -> partners.count(text, k, active));
        count.setText(getTranslation("partners.ui.count", partners.count(text, k, active)));
    }

    private void dialog(Long partnerId) {
        PartnerDialog form = new PartnerDialog(districts, thai);
        Long[] version = { null };
        if (partnerId != null) {
            partners.details(partnerId).ifPresent(d -> {
                form.show(d);
                version[0] = d.version();
            });
        }
        forms.dialog(partnerId == null ? "partners.ui.add" : "partners.ui.edit", form, "48em", () -> {
            if (partnerId == null) {
                register.create(form.value());
            } else {
                register.update(partnerId, version[0], form.value());
            }
        });
    }

    private void toggle(PartnerSummary p) {
        partners.details(p.id()).ifPresent(d -> {
            if (d.active()) {
                ConfirmDialog confirm = new ConfirmDialog();
                confirm.setHeader(getTranslation("partners.ui.deactivate"));
                confirm.setText(getTranslation("partners.ui.deactivate-confirm", d.nameTh()));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("admin.cancel"));
                confirm.setConfirmText(getTranslation("partners.ui.deactivate"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.addConfirmListener(e -> forms.attempt(() -> register.deactivate(d.id(), d.version())));
                confirm.open();
            } else {
                forms.attempt(() -> register.activate(d.id(), d.version()));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partners.ui.title");
    }

}
