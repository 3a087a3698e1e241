package th.tidtam.matters.ui;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.BuddhistDatePicker;
import th.tidtam.casework.Urgency;
import th.tidtam.letters.LetterSummary;
import th.tidtam.letters.service.IncomingRegister;
import th.tidtam.matters.Complainant;
import th.tidtam.matters.MatterSource;
import th.tidtam.matters.NewMatter;
import th.tidtam.matters.service.MatterRegistration;
import th.tidtam.org.SecrecyClass;

/**
 * Registers a matter for the head of office's triage; from a letter's page with {@code ?source=LETTER_IN&sourceId=…}
 * (the letter's subject and sender filled in). The complainant's fields show for a complaint only.
 */
@Route("matters/new")
@PermitAll
public class MatterNewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MatterRegistration registration;
    private final IncomingRegister letters;
    private final Translations translations;
    private Long letterId;

    public MatterNewView(MatterRegistration registration, IncomingRegister letters, Translations translations) {
        this.registration = registration;
        this.letters = letters;
        this.translations = translations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2(getTranslation("matters.ui.new")));
        if (!registration.mayRegister()) {
            add(new Paragraph(getTranslation("matters.ui.may-not-register")));
            return;
        }
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        LetterSummary letter = null;
        if ("LETTER_IN".equals(first(query, "source"))) {
            try {
                letter = letters.letter(Long.parseLong(first(query, "sourceId"))).orElse(null);
            } catch (NumberFormatException ignored) {
                letter = null;
            }
        }
        letterId = letter == null ? null : letter.id();
        form(letter);
    }

    private void form(LetterSummary letter) {
        TextField subject = new TextField(getTranslation("matters.field.subject"));
        subject.setWidthFull();
        subject.getElement().setAttribute("data-testid", "matter-subject");
        TextArea description = new TextArea(getTranslation("matters.field.description"));
        description.setWidthFull();
        description.getElement().setAttribute("data-testid", "matter-description");
        Select<MatterSource> source = new Select<>();
        source.setLabel(getTranslation("matters.field.source"));
        source.setItems(MatterSource.values());
        source.setItemLabelGenerator(s -> getTranslation("matters.source." + s.name()));
        source.getElement().setAttribute("data-testid", "matter-source");
        TextField reference = new TextField(getTranslation("matters.field.reference"));
        reference.setWidthFull();
        Select<Urgency> urgency = new Select<>();
        urgency.setLabel(getTranslation("matters.field.urgency"));
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> getTranslation("matters.urgency." + u.name()));
        urgency.setValue(Urgency.NORMAL);
        Select<SecrecyClass> secrecy = new Select<>();
        secrecy.setLabel(getTranslation("matters.field.secrecy"));
        secrecy.setItems(SecrecyClass.NONE, SecrecyClass.CONFIDENTIAL);
        secrecy.setItemLabelGenerator(s -> getTranslation("matters.secrecy." + s.name()));
        secrecy.setValue(SecrecyClass.NONE);
        BuddhistDatePicker received = new BuddhistDatePicker(getTranslation("matters.field.received-on"));
        if (letter != null) {
            source.setValue(MatterSource.LETTER);
            source.setReadOnly(true);
            subject.setValue(letter.subject());
            reference.setValue(getTranslation("matters.ui.letter-ref", letter.number(), letter.fromParty()));
            received.setValue(letter.receivedAt().toLocalDate());
        }

        FormLayout who = new FormLayout();
        TextField name = new TextField(getTranslation("matters.field.complainant-name"));
        name.getElement().setAttribute("data-testid", "complainant-name");
        TextField nationalId = new TextField(getTranslation("matters.field.national-id"));
        nationalId.getElement().setAttribute("data-testid", "complainant-id");
        TextField address = new TextField(getTranslation("matters.field.address"));
        TextField phone = new TextField(getTranslation("matters.field.phone"));
        TextField email = new TextField(getTranslation("matters.field.email"));
        who.add(name, nationalId, address, phone, email);
        H3 whoTitle = new H3(getTranslation("matters.ui.complainant"));
        whoTitle.setVisible(false);
        who.setVisible(false);
        source.addValueChangeListener(e -> {
            boolean complaint = e.getValue() == MatterSource.COMPLAINT;
            who.setVisible(complaint);
            whoTitle.setVisible(complaint);
        });

        Button save = new Button(getTranslation("matters.ui.register"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.getElement().setAttribute("data-testid", "matter-save");
        save.addClickListener(e -> {
            long[] id = new long[1];
            Complainant complainant = source.getValue() == MatterSource.COMPLAINT
                    ? new Complainant(name.getValue(), nationalId.getValue(), address.getValue(), phone.getValue(), email.getValue())
                    : null;
            if (MatterLabels.run(translations, "matters.ui.registered", () -> id[0] = registration.register(new NewMatter(
                    subject.getValue(), description.getValue(), source.getValue(), reference.getValue(),
                    source.getValue() == MatterSource.LETTER ? letterId : null, urgency.getValue(), secrecy.getValue(),
                    received.getValue(), complainant)))) {
                getUI().ifPresent(ui -> ui.navigate("matters/" + id[0]));
            } else {
                save.setEnabled(true);
            }
        });
        FormLayout what = new FormLayout(source, reference, urgency, secrecy, received);
        add(subject, description, what, whoTitle, who, save);
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matters.ui.new") + " · " + getTranslation("app.name");
    }
}
