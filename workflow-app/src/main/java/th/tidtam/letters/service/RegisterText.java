package th.tidtam.letters.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.time.ThaiDigits;
import th.tidtam.casework.Urgency;
import th.tidtam.letters.LetterSummary;

/** The printed register's words, in Thai, with Thai digits where the office prints them. */
final class RegisterText {

    private final Translations translations;
    private final boolean thaiDigits;

    RegisterText(Translations translations, boolean thaiDigits) {
        this.translations = translations;
        this.thaiDigits = thaiDigits;
    }

    String t(String key, Object... args) {
        return digits(translations.getTranslation(key, Translations.THAI, args));
    }

    String digits(String text) {
        return text == null ? "" : thaiDigits ? ThaiDigits.toThai(text) : text;
    }

    String date(LocalDate day) {
        return digits(ThaiDates.formatMedium(day, Translations.THAI));
    }

    String longDate(LocalDate day) {
        return digits(ThaiDates.formatLong(day, Translations.THAI));
    }

    String number(LetterSummary l) {
        return digits(l.number());
    }

    String time(LetterSummary l) {
        return digits(String.format("%02d.%02d น.", l.receivedAt().getHour(), l.receivedAt().getMinute()));
    }

    /** หมายเหตุ: the remarks, and what the register marks besides — urgency, secrecy, a duplicate. */
    String remarks(LetterSummary l) {
        List<String> parts = new ArrayList<>();
        if (l.urgency() != Urgency.NORMAL) {
            parts.add(t("letters.urgency." + l.urgency().name()));
        }
        if (l.secrecy().classified()) {
            parts.add(t("letters.secrecy." + l.secrecy().name()));
        }
        if (l.duplicate()) {
            parts.add(t("letters.doc.duplicate"));
        }
        if (l.attachments() != null) {
            parts.add(t("letters.doc.attachments", l.attachments()));
        }
        if (l.remarks() != null) {
            parts.add(digits(l.remarks()));
        }
        return String.join(" · ", parts);
    }
}
