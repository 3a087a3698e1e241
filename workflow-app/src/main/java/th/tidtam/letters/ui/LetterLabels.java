package th.tidtam.letters.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import th.tidtam.base.time.ThaiDates;
import th.tidtam.casework.Urgency;
import th.tidtam.letters.LetterSummary;
import th.tidtam.org.SecrecyClass;

/** How the letter screens write a letter's number, dates, urgency and secrecy. */
final class LetterLabels {

    private LetterLabels() {
    }

    /** "00012/2569": the received number with the BE year of its register, as the office says it. */
    static String number(LetterSummary l) {
        return l.number() + "/" + (l.receivedYear() + ThaiDates.BE_OFFSET);
    }

    static String received(LetterSummary l, Locale locale) {
        return ThaiDates.formatDateTime(l.receivedAt(), locale);
    }

    static Component urgency(Component owner, Urgency urgency) {
        Span s = new Span(owner.getTranslation("letters.urgency." + urgency.name()));
        if (urgency != Urgency.NORMAL) {
            s.getElement().getThemeList().add("badge error");
        }
        return s;
    }

    static Component secrecy(Component owner, SecrecyClass secrecy) {
        Span s = new Span(secrecy.classified() ? owner.getTranslation("letters.secrecy." + secrecy.name()) : "");
        if (secrecy.classified()) {
            s.getElement().getThemeList().add("badge contrast");
        }
        return s;
    }
}
