package th.tidtam.meeting.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.time.ThaiDigits;
import th.tidtam.meeting.MinutesDirectiveView;

/**
 * The wording of the meeting documents: official documents are Thai whatever the reader's screen language, dates
 * with the weekday and BE year ("วันพุธที่ ๒๘ มกราคม ๒๕๖๙"), times as "๐๙.๓๐ น.", Thai digits unless asked otherwise.
 */
final class DocumentText {

    private static final Locale THAI = Translations.THAI;
    private static final String[] WEEKDAYS = { "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์" };

    private final Translations translations;
    private final boolean thaiDigits;

    DocumentText(Translations translations, boolean thaiDigits) {
        this.translations = translations;
        this.thaiDigits = thaiDigits;
    }

    String t(String key, Object... args) {
        return digits(translations.getTranslation(key, THAI, args));
    }

    String digits(String text) {
        return text == null ? "" : thaiDigits ? ThaiDigits.toThai(text) : text;
    }

    String number(long n) {
        return digits(Long.toString(n));
    }

    /** "วันพุธที่ 28 มกราคม 2569". */
    String dayAndDate(LocalDate day) {
        return digits("วัน" + weekday(day.getDayOfWeek()) + "ที่ " + ThaiDates.formatLong(day, THAI));
    }

    String date(LocalDate day) {
        return digits(ThaiDates.formatLong(day, THAI));
    }

    /** "09.30 น." as Thai officials write times. */
    String time(LocalDateTime at) {
        return digits(String.format("%02d.%02d น.", at.getHour(), at.getMinute()));
    }

    static String weekday(DayOfWeek day) {
        return WEEKDAYS[day.getValue() - 1];
    }

    /**
     * A directive as the minutes write it: "ให้<units> <text>". Text written with its own "ให้…" (typed by hand) is
     * kept as written; the extraction's text comes without the units, which are put back in front.
     */
    String directive(MinutesDirectiveView d, Map<Long, String> unitNames) {
        String text = d.text() == null ? "" : d.text().strip();
        if (text.startsWith("ให้") || text.startsWith("มอบ")) {
            return digits(text);
        }
        // "all agencies" is stored expanded to every agency: the minutes say it in two words, not thirty names
        List<String> names = d.allAgencies() ? List.of()
                : d.unitIds().stream().map(unitNames::get).filter(Objects::nonNull).toList();
        StringBuilder who = new StringBuilder();
        if (!names.isEmpty()) {
            who.append(names.get(0));
            if (names.size() > 1) {
                who.append(" ").append(t("meeting.doc.together-with")).append(String.join(" ", names.subList(1, names.size())));
            }
        }
        for (String all : d.allAgencies() && d.allDistricts() ? List.of("meeting.doc.all-agencies", "meeting.doc.all-districts")
                : d.allAgencies() ? List.of("meeting.doc.all-agencies") : d.allDistricts() ? List.of("meeting.doc.all-districts")
                : List.<String>of()) {
            who.append(who.isEmpty() ? "" : " " + t("meeting.doc.and")).append(t(all));
        }
        return digits("ให้" + who + (who.isEmpty() ? "" : " ") + text);
    }
}
