package th.tidtam.letters.ui;

import java.util.Comparator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.Notifications;
import th.tidtam.casework.Clearance;
import th.tidtam.letters.LetterSummary;
import th.tidtam.letters.service.LetterHandling;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;

/** The handling position's two direct ways on with a letter: file it with the action taken, or hand it on. */
class LetterActions extends VerticalLayout {

    LetterActions(LetterHandling handling, OrgDirectory org, Translations translations, LetterSummary letter, Runnable changed) {
        setPadding(false);
        boolean thai = Translations.isThai(getLocale());
        add(new H3(getTranslation("letters.ui.handle")));
        TextArea action = new TextArea(getTranslation("letters.field.action"));
        action.setMaxLength(4000);
        action.setWidthFull();
        action.getElement().setAttribute("data-testid", "letter-action");
        Button file = new Button(getTranslation("letters.ui.file"), e -> run(translations, changed,
                () -> handling.file(letter.id(), action.getValue())));
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        file.getElement().setAttribute("data-testid", "letter-file");

        ComboBox<PositionSummary> to = new ComboBox<>(getTranslation("letters.ui.hand-to"));
        // a classified letter is not even offered to a position not cleared for its class (the server checks again)
        // and only to a position of the letter's province (its handler's)
        Long province = letter.handlerPositionId() == null ? null
                : org.position(letter.handlerPositionId()).map(PositionSummary::provinceId).orElse(null);
        to.setItems(org.allPositions(province).stream().filter(p -> !p.id().equals(letter.handlerPositionId()))
                .filter(p -> Clearance.cleared(p, letter.secrecy()))
                .sorted(Comparator.comparing(PositionSummary::code)).toList());
        to.setItemLabelGenerator(p -> p.title(thai) + " · " + p.unitName(thai));
        to.setWidth("28em");
        TextArea note = new TextArea(getTranslation("letters.field.note"));
        note.setMaxLength(2000);
        Button hand = new Button(getTranslation("letters.ui.hand"), e -> run(translations, changed,
                () -> handling.handTo(letter.id(), to.getValue() == null ? null : to.getValue().id(), note.getValue())));
        hand.getElement().setAttribute("data-testid", "letter-hand");
        add(action, file, new HorizontalLayout(to, note, hand));
    }

    private static void run(Translations translations, Runnable changed, Runnable step) {
        try {
            step.run();
            Notifications.success(translations.getTranslation("letters.ui.done", com.vaadin.flow.component.UI.getCurrent().getLocale()));
            changed.run();
        } catch (RuleViolation refused) {
            Notifications.refused(refused, translations);
        }
    }
}
