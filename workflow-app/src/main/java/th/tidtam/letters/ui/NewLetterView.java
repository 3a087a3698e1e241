package th.tidtam.letters.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.BuddhistDatePicker;
import th.tidtam.base.ui.Notifications;
import th.tidtam.casework.Clearance;
import th.tidtam.casework.Urgency;
import th.tidtam.letters.service.IncomingRegister;
import th.tidtam.letters.service.RegisterLetter;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;

/**
 * The correspondence section registers a letter received: the receiving stamp (date and time; the number is given on
 * saving), the sender's number and date, from, to, subject, urgency, secrecy, attachments, remarks and the position
 * that is to handle it. Anyone else is told the screen does not exist. ลับที่สุด is not offered (refused anyway).
 */
@Route("letters/new")
@PermitAll
public class NewLetterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final IncomingRegister register;
    private final Translations translations;
    private final BuddhistDatePicker receivedOn = new BuddhistDatePicker(null);
    private final TimePicker receivedTime = new TimePicker();
    private final TextField senderNumber = new TextField();
    private final BuddhistDatePicker senderDate = new BuddhistDatePicker(null);
    private final TextField fromParty = new TextField();
    private final TextField toParty = new TextField();
    private final TextField subject = new TextField();
    private final Select<Urgency> urgency = new Select<>();
    private final Select<SecrecyClass> secrecy = new Select<>();
    private final TextArea attachments = new TextArea();
    private final TextArea remarks = new TextArea();
    private final ComboBox<PositionSummary> handler = new ComboBox<>();

    public NewLetterView(IncomingRegister register, OrgDirectory org, Translations translations, Clock clock) {
        this.register = register;
        this.translations = translations;
        boolean thai = Translations.isThai(getLocale());
        add(new H2(getTranslation("letters.ui.register")));
        LocalDateTime now = LocalDateTime.now(clock);
        receivedOn.setLabel(getTranslation("letters.ui.received-on"));
        receivedOn.setValue(now.toLocalDate());
        receivedOn.setMax(now.toLocalDate());
        receivedTime.setLabel(getTranslation("letters.ui.received-time"));
        receivedTime.setValue(now.toLocalTime().withSecond(0).withNano(0));
        senderNumber.setLabel(getTranslation("letters.field.sender-number"));
        senderNumber.setPlaceholder("มท 0211.3/ว 1234");
        senderNumber.setMaxLength(64);
        senderDate.setLabel(getTranslation("letters.field.sender-date"));
        fromParty.setLabel(getTranslation("letters.field.from"));
        toParty.setLabel(getTranslation("letters.field.to"));
        toParty.setValue(getTranslation("letters.ui.default-to"));
        subject.setLabel(getTranslation("letters.field.subject"));
        for (TextField f : new TextField[] { fromParty, toParty, subject }) {
            f.setMaxLength(500);
        }
        urgency.setLabel(getTranslation("letters.field.urgency"));
        urgency.setItems(Urgency.values());
        urgency.setValue(Urgency.NORMAL);
        urgency.setItemLabelGenerator(u -> getTranslation("letters.urgency." + u.name()));
        secrecy.setLabel(getTranslation("letters.field.secrecy"));
        secrecy.setItems(Arrays.asList(SecrecyClass.values()));
        secrecy.setValue(SecrecyClass.NONE);
        secrecy.setItemLabelGenerator(s -> getTranslation("letters.secrecy." + s.name()));
        secrecy.setHelperText(getTranslation("letters.ui.top-secret-not-here"));
        attachments.setLabel(getTranslation("letters.field.attachments"));
        attachments.setMaxLength(2000);
        remarks.setLabel(getTranslation("letters.field.remarks"));
        remarks.setMaxLength(2000);
        handler.setLabel(getTranslation("letters.field.handler"));
        // only the clerk's province's positions (the server refuses others as "not found")
        java.util.List<PositionSummary> handlers = register.handlers();
        handler.setItems(handlers);
        handler.setItemLabelGenerator(p -> p.title(thai) + " · " + p.unitName(thai));
        register.defaultHandler().flatMap(org::position).ifPresent(handler::setValue);
        // a classified letter does not even offer handlers not cleared for its class (the server checks again)
        secrecy.addValueChangeListener(e -> {
            PositionSummary before = handler.getValue();
            java.util.List<PositionSummary> offered = handlers.stream()
                    .filter(p -> Clearance.cleared(p, e.getValue())).sorted(Comparator.comparing(PositionSummary::code)).toList();
            handler.setItems(offered);
            handler.setValue(before != null && offered.stream().anyMatch(p -> p.id().equals(before.id()))
                    ? offered.stream().filter(p -> p.id().equals(before.id())).findFirst().orElse(null) : null);
        });
        senderNumber.getElement().setAttribute("data-testid", "letter-sender-number");
        subject.getElement().setAttribute("data-testid", "letter-subject");

        FormLayout form = new FormLayout(receivedOn, receivedTime, senderNumber, senderDate, fromParty, toParty, subject, urgency,
                secrecy, handler, attachments, remarks);
        form.setColspan(subject, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Button save = new Button(getTranslation("letters.ui.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save.setEnabled(true));
        save.getElement().setAttribute("data-testid", "letter-save");
        add(form, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!register.mayRegister()) {
            throw new NotFoundException();
        }
    }

    private void save() {
        LocalDate on = receivedOn.getValue();
        LocalTime time = receivedTime.getValue();
        LocalDateTime receivedAt = on == null ? null : on.atTime(time == null ? LocalTime.NOON : time);
        try {
            IncomingRegister.Registered r = register.register(new RegisterLetter(null, receivedAt, senderNumber.getValue(),
                    senderDate.getValue(), fromParty.getValue(), toParty.getValue(), subject.getValue(),
                    urgency.getValue() == null ? null : urgency.getValue().name(),
                    secrecy.getValue() == null ? null : secrecy.getValue().name(), attachments.getValue(), remarks.getValue(),
                    handler.getValue() == null ? null : handler.getValue().id(), null));
            Notifications.success(getTranslation("letters.ui.registered", LetterLabels.number(r.letter())));
            if (r.letter().duplicate()) {
                Notifications.error(getTranslation("letters.ui.duplicate-warning"));
            }
            getUI().ifPresent(ui -> ui.navigate(LetterView.class, new RouteParameters("id", String.valueOf(r.letter().id()))));
        } catch (RuleViolation refused) {
            Notifications.refused(refused, translations);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("letters.ui.register") + " · " + getTranslation("app.name");
    }
}
