package th.tidtam.meeting.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates as the minutes write them, in normalised text (Arabic digits): "31 มีนาคม 2569", "27 ก.พ. 69",
 * "4 พฤษภาคม พ.ศ. 2569", "11-17 เมษายน 2569" (a range). Years are Buddhist-era; a two-digit year is of this BE century;
 * a missing year is the meeting's (or the next, for a month already well past).
 */
final class ThaiDatePhrases {

    /** A date found in the text, or a day that does not exist ({@code date == null}, {@code invalid == true}). */
    record Found(int start, int end, LocalDate date, boolean invalid, boolean range) {
    }

    private static final String[] MONTHS = { "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
            "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม" };
    private static final String[] SHORT = { "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
            "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค." };

    static final String MONTH;

    static {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < 12; i++) {
            sb.append(MONTHS[i]).append('|');
            sb.append(SHORT[i].replace(".", "\\.\\s?").replaceAll("\\\\s\\?$", "")).append('|');
        }
        sb.setLength(sb.length() - 1);
        MONTH = sb.append(")").toString();
    }

    static final String YEAR = "(?:\\s*(?:พ\\.\\s?ศ\\.?\\s*)?(\\d{4}|\\d{2})(?!\\d))?";
    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s*(?:(?:-|ถึง(?:วันที่)?|และ)\\s*(\\d{1,2})\\s*)?" + MONTH + YEAR);
    private static final Pattern MONTH_ONLY = Pattern.compile("เดือน\\s*" + MONTH + YEAR);

    private ThaiDatePhrases() {
    }

    static int month(String written) {
        String w = written.replace(" ", "");
        for (int i = 0; i < 12; i++) {
            if (MONTHS[i].equals(w) || SHORT[i].equals(w)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(written);
    }

    /** Every day-and-month date in the text, in order; a range "11-17 เมษายน" is found as its last day. */
    static List<Found> dates(String text, LocalDate reference) {
        List<Found> found = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            int day = Integer.parseInt(m.group(m.group(2) != null ? 2 : 1));
            int month = month(m.group(3));
            int beYear = year(m.group(4), month, reference);
            found.add(make(m.start(), m.end(), beYear, month, day, m.group(2) != null));
        }
        return found;
    }

    /** "เดือนมิถุนายน 2569": the last day of the month. */
    static List<Found> months(String text, LocalDate reference) {
        List<Found> found = new ArrayList<>();
        Matcher m = MONTH_ONLY.matcher(text);
        while (m.find()) {
            int month = month(m.group(1));
            int beYear = year(m.group(2), month, reference);
            LocalDate first = LocalDate.of(beYear - 543, month, 1);
            found.add(new Found(m.start(), m.end(), first.withDayOfMonth(first.lengthOfMonth()), false, false));
        }
        return found;
    }

    private static Found make(int start, int end, int beYear, int month, int day, boolean range) {
        try {
            return new Found(start, end, LocalDate.of(beYear - 543, month, day), false, range);
        } catch (DateTimeException e) {
            return new Found(start, end, null, true, range);
        }
    }

    private static int year(String written, int month, LocalDate reference) {
        if (written != null) {
            int y = Integer.parseInt(written);
            if (written.length() == 2) {
                return 2500 + y;
            }
            // a Christian-era year (rare in Thai minutes) is taken as such
            return y < 2400 ? y + 543 : y;
        }
        if (reference == null) {
            return LocalDate.now().getYear() + 543;
        }
        int be = reference.getYear() + 543;
        // "ภายใน 15 มกราคม" in a December meeting is next January
        return month < reference.getMonthValue() - 1 ? be + 1 : be;
    }
}
