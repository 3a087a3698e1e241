package th.tidtam.org.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.ui.AdminForms;
import th.tidtam.base.ui.BuddhistDatePicker;
import th.tidtam.base.ui.Notifications;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.PositionRole;
import th.tidtam.org.UnitKind;
import th.tidtam.org.service.Actor;
import th.tidtam.org.service.AssignmentForm;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgAliases;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonForm;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionForm;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.ProvinceAdministration;
import th.tidtam.org.service.UnitForm;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.org.ui.pickers.UnitPickers;

/**
 * The administrator maintains units, positions, people and who fills each position. Every change goes through
 * {@link OrgAdministration}; a refused change says why in the user's language and leaves the data unchanged. A
 * province's administrator sees and changes their province only (the lists are the caller's reach, and the service
 * refuses anything outside it as not found); the installation's administrator sees every province, adds provinces and
 * keeps the installation-wide units (system, Ministry).
 */
@Route("admin/org")
@RolesAllowed({ "ADMIN", "PROVINCE_ADMIN" })
@Menu(order = 90, title = "nav.org-admin", icon = "vaadin:cogs")
public class OrgAdminView extends VerticalLayout implements HasDynamicTitle {

    private final OrgDirectory directory;
    private final OrgAdministration administration;
    private final OrgAliases aliases;
    private final Translations translations;
    private final boolean thai;
    private final Locale locale;

    private final Grid<UnitSummary> units = new Grid<>();
    private Map<Long, UnitSummary> unitsById = Map.of();
    private UnitPickers unitPickers;
    private final Grid<PositionSummary> positions = new Grid<>();
    private final Grid<PersonSummary> people = new Grid<>();
    private final Grid<Actor> assignments = new Grid<>();
    private final ComboBox<PositionSummary> assignmentPosition = new ComboBox<>();
    private final AdminForms forms;

    public OrgAdminView(OrgDirectory directory, OrgAdministration administration,
            ProvinceAdministration provinceAdministration, OrgAliases aliases, Translations translations) {
        this.directory = directory;
        this.administration = administration;
        this.aliases = aliases;
        this.translations = translations;
        this.locale = getLocale();
        this.thai = Translations.isThai(locale);
        this.forms = new AdminForms(this, translations, this::refresh);
        setSizeFull();
        add(new H2(getTranslation("nav.org-admin")));
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("admin.tab.units"), unitsTab());
        tabs.add(getTranslation("admin.tab.positions"), positionsTab());
        tabs.add(getTranslation("admin.tab.people"), peopleTab());
        tabs.add(getTranslation("admin.tab.assignments"), assignmentsTab());
        if (directory.callerReach().everything()) {
            add(new ProvinceForm(provinceAdministration, forms).button());
        }
        add(tabs);
        refresh();
    }

    // ---------------------------------------------------------------- units

    private VerticalLayout unitsTab() {
        units.addColumn(UnitSummary::code).setHeader(getTranslation("org.code")).setAutoWidth(true);
        units.addColumn(u -> u.name(thai)).setHeader(getTranslation("org.unit")).setFlexGrow(3);
        units.addColumn(u -> getTranslation("org.unit-kind." + u.kind().name())).setHeader(getTranslation("org.kind"));
        units.addColumn(u -> u.parentId() == null ? "" : unitName(u.parentId())).setHeader(getTranslation("org.parent"))
                .setFlexGrow(2);
        units.addColumn(u -> String.join(", ", unitPickers.aliasesOf(u.id()))).setHeader(getTranslation("org.alias.aliases"))
                .setFlexGrow(1);
        units.getElement().setAttribute("data-testid", "admin-units");
        Button add = button("admin.new", () -> unitDialog(null));
        add.getElement().setAttribute("data-testid", "unit-new");
        Button edit = button("admin.edit", () -> selected(units).ifPresent(this::unitDialog));
        Button delete = button("admin.delete", () -> selected(units).ifPresent(u -> confirm(
                getTranslation("admin.confirm-delete", u.name(thai)), () -> administration.deleteUnit(u.id()))));
        delete.getElement().setAttribute("data-testid", "unit-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button aliasesButton = button("org.alias.open", () -> selected(units).ifPresentOrElse(
                u -> new UnitAliasesEditor(u, directory, aliases, translations, this::refresh).open(),
                () -> Notifications.error(getTranslation("org.alias.choose-unit"))));
        aliasesButton.getElement().setAttribute("data-testid", "unit-aliases-open");
        return tab(units, add, edit, aliasesButton, delete);
    }

    private String unitName(Long unitId) {
        UnitSummary unit = unitsById.get(unitId);
        return unit == null ? "" : unit.name(thai);
    }

    private void unitDialog(UnitSummary unit) {
        TextField code = new TextField(getTranslation("org.code"));
        TextField nameTh = new TextField(getTranslation("org.field.name-th"));
        TextField nameEn = new TextField(getTranslation("org.field.name-en"));
        Select<UnitKind> kind = new Select<>();
        kind.setLabel(getTranslation("org.kind"));
        // a province's administrator keeps units inside their province: no province, system or Ministry units
        kind.setItems(directory.callerReach().everything() ? List.of(UnitKind.values())
                : java.util.Arrays.stream(UnitKind.values()).filter(k -> k != UnitKind.PROVINCE && k != UnitKind.SYSTEM
                        && k != UnitKind.MINISTRY || unit != null && unit.kind() == k).toList());
        kind.setItemLabelGenerator(k -> getTranslation("org.unit-kind." + k.name()));
        ComboBox<UnitSummary> parent = new ComboBox<>(getTranslation("org.parent"));
        unitPickers.setUnits(parent, directory.unitsInReach());
        parent.setItemLabelGenerator(u -> u.name(thai));
        parent.setClearButtonVisible(true);
        for (TextField f : List.of(code, nameTh, nameEn)) {
            f.setMaxLength(OrgAdministration.MAX_NAME);
        }
        if (unit != null) {
            code.setValue(unit.code());
            nameTh.setValue(unit.nameTh());
            nameEn.setValue(unit.nameEn());
            kind.setValue(unit.kind());
            Long parentId = unit.parentId();
            parent.getListDataView().getItems().filter(u -> u.id().equals(parentId)).findFirst().ifPresent(parent::setValue);
        } else {
            kind.setValue(UnitKind.SUB_UNIT);
        }
        code.getElement().setAttribute("data-testid", "unit-code");
        nameTh.getElement().setAttribute("data-testid", "unit-name-th");
        nameEn.getElement().setAttribute("data-testid", "unit-name-en");
        parent.getElement().setAttribute("data-testid", "unit-parent");
        formDialog(unit == null ? "admin.unit.new" : "admin.unit.edit", new FormLayout(code, nameTh, nameEn, kind, parent), () -> {
            UnitForm form = new UnitForm(code.getValue(), nameTh.getValue(), nameEn.getValue(), kind.getValue(),
                    parent.getValue() == null ? null : parent.getValue().id());
            if (unit == null) {
                administration.createUnit(form);
            } else {
                administration.updateUnit(unit.id(), form);
            }
        });
    }

    // ---------------------------------------------------------------- positions

    private VerticalLayout positionsTab() {
        positions.addColumn(PositionSummary::code).setHeader(getTranslation("org.code")).setAutoWidth(true);
        positions.addColumn(p -> p.title(thai)).setHeader(getTranslation("org.position")).setFlexGrow(3);
        positions.addColumn(p -> p.unitName(thai)).setHeader(getTranslation("org.unit")).setFlexGrow(2);
        positions.addColumn(p -> p.unitHead() ? getTranslation("org.unit-head") : "").setHeader(getTranslation("org.unit-head"))
                .setAutoWidth(true);
        positions.addColumn(p -> getTranslation("org.role." + p.role().name())).setHeader(getTranslation("org.role"));
        positions.getElement().setAttribute("data-testid", "admin-positions");
        Button add = button("admin.new", () -> positionDialog(null));
        add.getElement().setAttribute("data-testid", "position-new");
        Button edit = button("admin.edit", () -> selected(positions).ifPresent(this::positionDialog));
        edit.getElement().setAttribute("data-testid", "position-edit");
        Button delete = button("admin.delete", () -> selected(positions).ifPresent(p -> confirm(
                getTranslation("admin.confirm-delete", p.title(thai)), () -> administration.deletePosition(p.id()))));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return tab(positions, add, edit, delete);
    }

    private void positionDialog(PositionSummary position) {
        TextField code = new TextField(getTranslation("org.code"));
        TextField titleTh = new TextField(getTranslation("org.field.title-th"));
        TextField titleEn = new TextField(getTranslation("org.field.title-en"));
        ComboBox<UnitSummary> unit = new ComboBox<>(getTranslation("org.unit"));
        unitPickers.setUnitsShowingAliases(unit, directory.unitsInReach());
        unit.setItemLabelGenerator(u -> u.name(thai));
        ComboBox<PositionSummary> reportsTo = new ComboBox<>(getTranslation("org.reports-to"));
        List<PositionSummary> all = directory.positionsInReach();
        reportsTo.setItems(all);
        reportsTo.setItemLabelGenerator(p -> p.title(thai) + " · " + p.unitName(thai));
        reportsTo.setClearButtonVisible(true);
        Checkbox head = new Checkbox(getTranslation("org.unit-head"));
        Select<PositionRole> role = new Select<>();
        role.setLabel(getTranslation("org.role"));
        role.setItems(PositionRole.values());
        role.setItemLabelGenerator(r -> getTranslation("org.role." + r.name()));
        role.setValue(PositionRole.STAFF);
        Select<SecrecyClass> clearance = new Select<>();
        clearance.setLabel(getTranslation("org.clearance"));
        clearance.setItems(SecrecyClass.values());
        clearance.setItemLabelGenerator(c -> getTranslation("org.clearance." + c.name()));
        clearance.setValue(SecrecyClass.NONE);
        if (position != null) {
            code.setValue(position.code());
            titleTh.setValue(position.titleTh());
            titleEn.setValue(position.titleEn());
            unit.getListDataView().getItems().filter(u -> u.id().equals(position.unitId())).findFirst().ifPresent(unit::setValue);
            all.stream().filter(p -> p.id().equals(position.reportsToId())).findFirst().ifPresent(reportsTo::setValue);
            head.setValue(position.unitHead());
            role.setValue(position.role());
            clearance.setValue(position.clearance());
        }
        code.getElement().setAttribute("data-testid", "position-code");
        titleTh.getElement().setAttribute("data-testid", "position-title-th");
        titleEn.getElement().setAttribute("data-testid", "position-title-en");
        reportsTo.getElement().setAttribute("data-testid", "position-reports-to");
        unit.getElement().setAttribute("data-testid", "position-unit");
        formDialog(position == null ? "admin.position.new" : "admin.position.edit",
                new FormLayout(code, titleTh, titleEn, unit, reportsTo, head, role, clearance), () -> {
                    PositionForm form = new PositionForm(code.getValue(), titleTh.getValue(), titleEn.getValue(),
                            unit.getValue() == null ? null : unit.getValue().id(),
                            reportsTo.getValue() == null ? null : reportsTo.getValue().id(), head.getValue(), role.getValue(),
                            clearance.getValue());
                    if (position == null) {
                        administration.createPosition(form);
                    } else {
                        administration.updatePosition(position.id(), form);
                    }
                });
    }

    // ---------------------------------------------------------------- people

    private VerticalLayout peopleTab() {
        people.addColumn(PersonSummary::username).setHeader(getTranslation("org.field.username")).setAutoWidth(true);
        people.addColumn(p -> p.fullName(thai)).setHeader(getTranslation("org.person")).setFlexGrow(3);
        people.addColumn(p -> p.enabled() ? "" : getTranslation("admin.disabled")).setHeader(getTranslation("org.status"));
        Button add = button("admin.new", () -> personDialog(null));
        Button edit = button("admin.edit", () -> selected(people).ifPresent(this::personDialog));
        VerticalLayout tab = tab(people, add, edit);
        // the login locks belong to the security module, which depends on this one: a plain link, no class reference
        com.vaadin.flow.component.html.Anchor locks = new com.vaadin.flow.component.html.Anchor("admin/login-locks",
                getTranslation("login-locks.title"));
        locks.getElement().setAttribute("data-testid", "open-login-locks");
        tab.add(locks);
        return tab;
    }

    private void personDialog(PersonSummary person) {
        TextField username = new TextField(getTranslation("org.field.username"));
        TextField nameTh = new TextField(getTranslation("org.field.name-th"));
        TextField nameEn = new TextField(getTranslation("org.field.name-en"));
        EmailField email = new EmailField(getTranslation("org.field.email"));
        PasswordField password = new PasswordField(getTranslation(person == null ? "org.field.password" : "org.field.new-password"));
        Checkbox enabled = new Checkbox(getTranslation("admin.enabled"), true);
        if (person != null) {
            username.setValue(person.username());
            nameTh.setValue(person.fullNameTh());
            nameEn.setValue(person.fullNameEn());
            email.setValue(Objects.requireNonNullElse(person.email(), ""));
            enabled.setValue(person.enabled());
        }
        formDialog(person == null ? "admin.person.new" : "admin.person.edit",
                new FormLayout(username, nameTh, nameEn, email, password, enabled), () -> {
                    PersonForm form = new PersonForm(username.getValue(), nameTh.getValue(), nameEn.getValue(),
                            email.getValue(), password.getValue(), enabled.getValue());
                    if (person == null) {
                        administration.createPerson(form);
                    } else {
                        administration.updatePerson(person.id(), form);
                    }
                });
    }

    // ---------------------------------------------------------------- who fills a position

    private VerticalLayout assignmentsTab() {
        assignmentPosition.setLabel(getTranslation("org.position"));
        assignmentPosition.setItemLabelGenerator(p -> p.title(thai) + " · " + p.unitName(thai));
        assignmentPosition.setWidth("40em");
        assignmentPosition.addValueChangeListener(e -> refreshAssignments());
        assignmentPosition.getElement().setAttribute("data-testid", "assignment-position");
        assignments.addColumn(a -> a.name(thai)).setHeader(getTranslation("org.person")).setFlexGrow(2);
        assignments.addColumn(a -> getTranslation("org.capacity." + a.kind().name())).setHeader(getTranslation("org.capacity"));
        assignments.addColumn(a -> ThaiDates.formatMedium(a.validFrom(), locale)).setHeader(getTranslation("org.from"));
        assignments.addColumn(a -> a.validTo() == null ? getTranslation("org.open-ended") : ThaiDates.formatMedium(a.validTo(), locale))
                .setHeader(getTranslation("org.until"));
        assignments.addColumn(a -> a.orderNumber() + " (" + ThaiDates.formatMedium(a.orderDate(), locale) + ")")
                .setHeader(getTranslation("org.legal-basis")).setFlexGrow(2);
        assignments.addColumn(a -> Objects.requireNonNullElse(a.delegatedPowers(), "")
                + DelegatedMattersField.shown(a, directory, thai)).setHeader(getTranslation("org.field.delegated-powers")).setFlexGrow(2);
        assignments.getElement().setAttribute("data-testid", "admin-assignments");
        Button add = button("admin.assignment.new", () -> {
            if (assignmentPosition.getValue() == null) {
                Notifications.error(getTranslation("admin.choose-position"));
            } else {
                assignmentDialog(assignmentPosition.getValue());
            }
        });
        add.getElement().setAttribute("data-testid", "assignment-new");
        Button end = button("admin.assignment.end", () -> selected(assignments).ifPresent(this::endDialog));
        // the annex of a delegation: normally set by the signed delegation order, corrected here
        Button matters = button("admin.assignment.matters", () -> selected(assignments).ifPresent(this::mattersDialog));
        matters.getElement().setAttribute("data-testid", "assignment-matters");
        Button delete = button("admin.delete", () -> selected(assignments).ifPresent(a -> confirm(
                getTranslation("admin.confirm-delete", a.name(thai)), () -> administration.deleteAssignment(a.assignmentId()))));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        VerticalLayout tab = tab(assignments, add, end, matters, delete);
        tab.addComponentAtIndex(0, assignmentPosition);
        return tab;
    }

    private void assignmentDialog(PositionSummary position) {
        ComboBox<PersonSummary> person = new ComboBox<>(getTranslation("org.person"));
        person.setItems(directory.peopleInReach());
        person.setItemLabelGenerator(p -> p.fullName(thai) + " (" + p.username() + ")");
        Select<AssignmentKind> kind = new Select<>();
        kind.setLabel(getTranslation("org.capacity"));
        kind.setItems(AssignmentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("org.capacity." + k.name()));
        kind.setValue(AssignmentKind.ACTING);
        BuddhistDatePicker from = new BuddhistDatePicker(getTranslation("org.from"));
        from.setValue(directory.today());
        BuddhistDatePicker to = new BuddhistDatePicker(getTranslation("org.until"));
        TextField order = new TextField(getTranslation("org.field.order-number"));
        order.setMaxLength(OrgAdministration.MAX_ORDER_NUMBER);
        BuddhistDatePicker orderDate = new BuddhistDatePicker(getTranslation("org.field.order-date"));
        TextArea powers = new TextArea(getTranslation("org.field.delegated-powers"));
        powers.setMaxLength(OrgAdministration.MAX_POWERS);
        TextArea note = new TextArea(getTranslation("org.field.note"));
        note.setMaxLength(OrgAdministration.MAX_NOTE);
        person.getElement().setAttribute("data-testid", "assignment-person");
        kind.getElement().setAttribute("data-testid", "assignment-kind");
        from.getElement().setAttribute("data-testid", "assignment-from");
        to.getElement().setAttribute("data-testid", "assignment-to");
        order.getElement().setAttribute("data-testid", "assignment-order");
        orderDate.getElement().setAttribute("data-testid", "assignment-order-date");
        formDialog("admin.assignment.new", new FormLayout(person, kind, from, to, order, orderDate, powers, note), () -> {
            if (from.isInvalid() || to.isInvalid() || orderDate.isInvalid()) {
                throw new RuleViolation("org.error.date-unreadable");
            }
            administration.assign(new AssignmentForm(position.id(), person.getValue() == null ? null : person.getValue().id(),
                    kind.getValue(), from.getValue(), to.getValue(), order.getValue(), orderDate.getValue(), powers.getValue(),
                    note.getValue()));
        });
    }

    private void mattersDialog(Actor assignment) {
        try {
            var choice = DelegatedMattersField.choice(assignment, directory, thai, getTranslation("org.field.matters"));
            formDialog("admin.assignment.matters", new FormLayout(choice),
                    () -> DelegatedMattersField.save(assignment, choice, administration));
        } catch (RuleViolation refused) {
            Notifications.error(getTranslation(refused.messageKey()));
        }
    }

    private void endDialog(Actor assignment) {
        BuddhistDatePicker lastDay = new BuddhistDatePicker(getTranslation("admin.assignment.last-day"));
        lastDay.setValue(directory.today());
        formDialog("admin.assignment.end", new FormLayout(lastDay),
                () -> administration.endAssignment(assignment.assignmentId(), lastDay.getValue()));
    }

    // ---------------------------------------------------------------- shared

    private void refresh() {
        List<UnitSummary> allUnits = directory.unitsInReach();
        unitPickers = new UnitPickers(directory);
        unitsById = allUnits.stream().collect(Collectors.toMap(UnitSummary::id, u -> u));
        units.setItems(allUnits);
        List<PositionSummary> all = directory.positionsInReach();
        positions.setItems(all);
        people.setItems(directory.peopleInReach());
        PositionSummary chosen = assignmentPosition.getValue();
        assignmentPosition.setItems(all);
        if (chosen != null) {
            all.stream().filter(p -> p.id().equals(chosen.id())).findFirst().ifPresent(assignmentPosition::setValue);
        }
        refreshAssignments();
    }

    private void refreshAssignments() {
        PositionSummary p = assignmentPosition.getValue();
        assignments.setItems(p == null ? List.of() : directory.history(p.id()));
    }

    private void formDialog(String titleKey, FormLayout form, Runnable save) {
        forms.dialog(titleKey, form, "48em", save);
    }

    private void confirm(String text, Runnable action) {
        forms.confirmDelete(text, action);
    }

    private Button button(String key, Runnable action) {
        return new Button(getTranslation(key), e -> action.run());
    }

    private static <T> java.util.Optional<T> selected(Grid<T> grid) {
        return grid.getSelectedItems().stream().findFirst();
    }

    private VerticalLayout tab(Grid<?> grid, Button... buttons) {
        grid.setSizeFull();
        VerticalLayout layout = new VerticalLayout(new HorizontalLayout(buttons), grid);
        layout.setSizeFull();
        layout.setPadding(false);
        return layout;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.org-admin") + " · " + getTranslation("app.name");
    }
}
