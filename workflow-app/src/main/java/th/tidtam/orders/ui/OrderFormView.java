package th.tidtam.orders.ui;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.BuddhistDatePicker;
import th.tidtam.meeting.MemberRole;
import th.tidtam.orders.OrderForm;
import th.tidtam.orders.OrderKind;
import th.tidtam.orders.OrderMember;
import th.tidtam.orders.OrderSummary;
import th.tidtam.orders.service.OrderDrafting;
import th.tidtam.orders.service.OrderWording;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionSummary;

/**
 * Drafting an order (or changing a draft: {@code ?edit=<id>}): the kind decides which fields show — the position and
 * the person of an acting order, the delegate and the matters of a delegation, the committee's body and members.
 */
@Route("orders/new")
@PermitAll
public class OrderFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OrderDrafting drafting;
    private final Translations translations;
    private final Select<OrderKind> kind = new Select<>();
    private final TextField subject = new TextField();
    private final TextArea reasons = new TextArea();
    private final TextArea ordered = new TextArea();
    private final BuddhistDatePicker from;
    private final BuddhistDatePicker to;
    private final ComboBox<PositionSummary> position;
    private final ComboBox<PersonSummary> person;
    private final MultiSelectComboBox<String> matters = new MultiSelectComboBox<>();
    private final TextArea annex = new TextArea();
    private final TextField bodyCode = new TextField();
    private final TextField bodyNameTh = new TextField();
    private final TextField bodyNameEn = new TextField();
    private final ComboBox<PositionSummary> chair;
    private final MultiSelectComboBox<PositionSummary> members = new MultiSelectComboBox<>();
    private final ComboBox<PositionSummary> secretary;
    private Long editing;

    public OrderFormView(OrderDrafting drafting, OrgDirectory org, OrderWording wording, Translations translations) {
        this.drafting = drafting;
        this.translations = translations;
        boolean thai = Translations.isThai(getLocale());
        // the user's province's positions and people only (the server refuses others)
        List<PositionSummary> positions = drafting.positions();
        from = new BuddhistDatePicker(getTranslation("orders.field.effective-from"));
        to = new BuddhistDatePicker(getTranslation("orders.ui.effective-to"));
        position = OrderLabels.positions(getTranslation("orders.ui.position"), positions, thai);
        person = OrderLabels.people(getTranslation("orders.ui.person"), drafting.people(), thai);
        chair = OrderLabels.positions(getTranslation("orders.ui.chair"), positions, thai);
        secretary = OrderLabels.positions(getTranslation("orders.ui.secretary"), positions, thai);
        add(new H2(getTranslation("orders.ui.new")));

        kind.setLabel(getTranslation("orders.field.kind"));
        kind.setItems(OrderKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("orders.ui.kind." + k.name()));
        kind.setValue(OrderKind.ACTING);
        subject.setLabel(getTranslation("orders.field.subject"));
        reasons.setLabel(getTranslation("orders.field.reasons"));
        ordered.setLabel(getTranslation("orders.field.ordered"));
        matters.setLabel(getTranslation("orders.ui.matters"));
        matters.setItems(wording.matterCodes());
        matters.setItemLabelGenerator(c -> wording.matterName(c, thai));
        annex.setLabel(getTranslation("orders.field.annex"));
        bodyCode.setLabel(getTranslation("orders.field.body-code"));
        bodyNameTh.setLabel(getTranslation("orders.field.body-name-th"));
        bodyNameEn.setLabel(getTranslation("orders.field.body-name-en"));
        members.setLabel(getTranslation("orders.ui.members"));
        members.setItems(positions);
        members.setItemLabelGenerator(p -> p.title(thai) + " (" + p.unitName(thai) + ")");
        FormLayout form = new FormLayout(kind, subject, reasons, ordered, from, to, position, person, matters, annex, bodyCode,
                bodyNameTh, bodyNameEn, chair, members, secretary);
        form.setColspan(reasons, 2);
        form.setColspan(ordered, 2);
        form.setColspan(annex, 2);
        form.setColspan(members, 2);
        form.setMaxWidth("60em");
        add(form);
        kind.addValueChangeListener(e -> showFieldsOf(e.getValue()));
        showFieldsOf(OrderKind.ACTING);

        Button save = new Button(getTranslation("orders.ui.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.getElement().setAttribute("data-testid", "order-save");
        add(save);
    }

    private void showFieldsOf(OrderKind k) {
        boolean committee = k == OrderKind.COMMITTEE;
        position.setVisible(k == OrderKind.ACTING);
        person.setVisible(!committee);
        to.setVisible(!committee);
        matters.setVisible(k == OrderKind.DELEGATION);
        annex.setVisible(k == OrderKind.DELEGATION);
        List.of(bodyCode, bodyNameTh, bodyNameEn).forEach(f -> f.setVisible(committee));
        chair.setVisible(committee);
        members.setVisible(committee);
        secretary.setVisible(committee);
    }

    private void save() {
        OrderKind k = kind.getValue();
        List<OrderMember> list = new ArrayList<>();
        if (k == OrderKind.COMMITTEE) {
            members.getSelectedItems().stream().filter(p -> secretary.getValue() == null || !p.id().equals(secretary.getValue().id()))
                    .forEach(p -> list.add(new OrderMember(p.id(), MemberRole.MEMBER, false)));
            if (secretary.getValue() != null) {
                list.add(new OrderMember(secretary.getValue().id(), MemberRole.SECRETARY, false));
            }
        }
        OrderForm form = new OrderForm(k, subject.getValue(), reasons.getValue(), ordered.getValue(), from.getValue(),
                k == OrderKind.COMMITTEE ? null : to.getValue(), k == OrderKind.ACTING && position.getValue() != null
                        ? position.getValue().id() : null,
                person.getValue() == null ? null : person.getValue().id(), new ArrayList<>(matters.getSelectedItems()),
                annex.getValue(), bodyCode.getValue(), bodyNameTh.getValue(), bodyNameEn.getValue(),
                chair.getValue() == null ? null : chair.getValue().id(), null, list);
        OrderSummary[] saved = new OrderSummary[1];
        if (OrderLabels.run(translations, "orders.ui.saved",
                () -> saved[0] = editing == null ? drafting.draft(form) : drafting.update(editing, form))) {
            getUI().ifPresent(ui -> ui.navigate(OrderView.class, new RouteParameters("id", String.valueOf(saved[0].id()))));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!drafting.mayDraft()) {
            throw new NotFoundException();
        }
        List<String> edit = event.getLocation().getQueryParameters().getParameters().getOrDefault("edit", List.of());
        if (!edit.isEmpty()) {
            long id;
            try {
                id = Long.parseLong(edit.get(0));
            } catch (NumberFormatException e) {
                throw new NotFoundException();
            }
            OrderSummary o = drafting.order(id).filter(drafting::mayEdit).orElseThrow(NotFoundException::new);
            editing = id;
            fill(o);
        }
    }

    private void fill(OrderSummary o) {
        kind.setValue(o.kind());
        kind.setReadOnly(true);
        subject.setValue(o.subject());
        reasons.setValue(o.reasons());
        ordered.setValue(o.orderedText() == null ? "" : o.orderedText());
        from.setValue(o.effectiveFrom());
        to.setValue(o.effectiveTo());
        position.getListDataView().getItems().filter(p -> p.id().equals(o.positionId())).findFirst().ifPresent(position::setValue);
        person.getListDataView().getItems().filter(p -> p.id().equals(o.personId())).findFirst().ifPresent(person::setValue);
        matters.select(o.matters());
        annex.setValue(o.annexText() == null ? "" : o.annexText());
        if (o.bodyCode() != null) {
            bodyCode.setValue(o.bodyCode());
            bodyNameTh.setValue(o.bodyNameTh());
            bodyNameEn.setValue(o.bodyNameEn());
        }
        chair.getListDataView().getItems().filter(p -> p.id().equals(o.chairPositionId())).findFirst().ifPresent(chair::setValue);
        List<Long> ids = o.members().stream().map(OrderMember::positionId).toList();
        members.getListDataView().getItems().filter(p -> ids.contains(p.id())).forEach(members::select);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("orders.ui.new") + " · " + getTranslation("app.name");
    }
}
