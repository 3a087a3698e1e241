package th.tidtam.base.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.chrono.ThaiBuddhistDate;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Buddhist-era dates as Thai officials write them ("25 พฤศจิกายน 2569", "25 พ.ย. 69") and the English forms of the
 * same dates (BE years too, "25 Nov 2569 BE"). Dates are stored as ISO dates; only presentation uses the BE.
 */
public final class ThaiDates {

    public static final int BE_OFFSET = 543;

    private static final String[] MONTHS_TH = { "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
            "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม" };
    private static final String[] MONTHS_TH_SHORT = { "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.",
            "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค." };
    private static final String[] MONTHS_EN = { "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December" };
    private static final String[] MONTHS_EN_SHORT = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec" };

    private static final Pattern NUMERIC = Pattern.compile("\\s*(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})\\s*");

    private ThaiDates() {
    }

    public static int beYear(LocalDate date) {
        return ThaiBuddhistDate.from(date).get(ChronoField.YEAR_OF_ERA);
    }

    /** "25 พฤศจิกายน 2569" or "25 November 2569 BE". */
    public static String formatLong(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        int be = date.getYear() + BE_OFFSET;
        if (isThai(locale)) {
            return date.getDayOfMonth() + " " + MONTHS_TH[date.getMonthValue() - 1] + " " + be;
        }
        return date.getDayOfMonth() + " " + MONTHS_EN[date.getMonthValue() - 1] + " " + be + " BE";
    }

    /** "25 พ.ย. 2569" or "25 Nov 2569". */
    public static String formatMedium(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        int be = date.getYear() + BE_OFFSET;
        String month = isThai(locale) ? MONTHS_TH_SHORT[date.getMonthValue() - 1] : MONTHS_EN_SHORT[date.getMonthValue() - 1];
        return date.getDayOfMonth() + " " + month + " " + be;
    }

    /** "25 พ.ย. 2569 14:05 น." or "25 Nov 2569 14:05". */
    public static String formatDateTime(LocalDateTime dateTime, Locale locale) {
        if (dateTime == null) {
            return "";
        }
        String time = String.format("%02d:%02d", dateTime.getHour(), dateTime.getMinute());
        return formatMedium(dateTime.toLocalDate(), locale) + " " + time + (isThai(locale) ? " น." : "");
    }

    /** "25/11/2569": the form the date picker shows and accepts. */
    public static String formatShort(LocalDate date) {
        if (date == null) {
            return "";
        }
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear() + BE_OFFSET);
    }

    /**
     * Parses "d/m/yyyy" with a BE year (two-digit years are BE years of this century: 69 → 2569). Thai digits are
     * accepted too, as users may type them.
     */
    public static Optional<LocalDate> parseShort(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = NUMERIC.matcher(ThaiDigits.toArabic(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += 2500;
        }
        try {
            return Optional.of(LocalDate.of(year - BE_OFFSET, month, day));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public static String monthName(int month, Locale locale) {
        return isThai(locale) ? MONTHS_TH[month - 1] : MONTHS_EN[month - 1];
    }

    static boolean isThai(Locale locale) {
        return locale == null || "th".equals(locale.getLanguage());
    }
}
