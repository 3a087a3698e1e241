package th.tidtam.dashboard.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.time.ThaiDigits;
import th.tidtam.directive.SourceKind;
import th.tidtam.casework.Urgency;

/**
 * The dashboard's filters as the screen's address and the API's query carry them. Both read them through
 * {@link #parse}, so a bad value is refused with the same message everywhere, before anything is computed.
 * A period is either a fiscal year (BE) or a from–to range; neither means the current fiscal year.
 */
public record DashboardRequest(Integer fiscalYear, LocalDate from, LocalDate to, Long sphere, Long agency, Urgency urgency,
        SourceKind source, String meeting, String reference) {

    static final int MAX_TEXT = 100;

    public static DashboardRequest none() {
        return new DashboardRequest(null, null, null, null, null, null, null, null, null);
    }

    public static DashboardRequest parse(Map<String, String> query) {
        Integer fiscalYear = number(query.get("fiscalYear"), "dashboard.error.fiscal-year", s -> Integer.valueOf(s));
        LocalDate from = date(query.get("from"));
        LocalDate to = date(query.get("to"));
        Long sphere = number(query.get("sphere"), "dashboard.error.unknown-sphere", s -> Long.valueOf(s));
        Long agency = number(query.get("agency"), "dashboard.error.unknown-agency", s -> Long.valueOf(s));
        Urgency urgency = choice(query.get("urgency"), Urgency.class, "dashboard.error.urgency");
        SourceKind source = choice(query.get("source"), SourceKind.class, "dashboard.error.source");
        return new DashboardRequest(fiscalYear, from, to, sphere, agency, urgency, source, text(query.get("meeting")),
                text(query.get("reference")));
    }

    /** The same filters as query parameters (for links that keep the filters, e.g. a chart's drill-down). */
    public Map<String, String> toQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        if (fiscalYear != null) q.put("fiscalYear", fiscalYear.toString());
        if (from != null) q.put("from", from.toString());
        if (to != null) q.put("to", to.toString());
        if (sphere != null) q.put("sphere", sphere.toString());
        if (agency != null) q.put("agency", agency.toString());
        if (urgency != null) q.put("urgency", urgency.name());
        if (source != null) q.put("source", source.name());
        if (meeting != null) q.put("meeting", meeting);
        if (reference != null) q.put("reference", reference);
        return q;
    }

    private interface Parser<T> {
        T parse(String s);
    }

    private static <T> T number(String raw, String key, Parser<T> parser) {
        String s = blankToNull(raw);
        if (s == null) {
            return null;
        }
        try {
            return parser.parse(ThaiDigits.toArabic(s));
        } catch (NumberFormatException e) {
            throw new RuleViolation(key, s);
        }
    }

    /** ISO dates from scripts, or the d/m/yyyy BE form people type. */
    private static LocalDate date(String raw) {
        String s = blankToNull(raw);
        if (s == null) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(ThaiDigits.toArabic(s));
        } catch (DateTimeParseException e) {
            day = ThaiDates.parseShort(s).orElseThrow(() -> new RuleViolation("dashboard.error.date", s));
        }
        // ISO dates reach year 999999999, where adding the period's years overflows: only dates a period can mean
        if (day.getYear() < 1900 || day.getYear() > 2999) {
            throw new RuleViolation("dashboard.error.date", s);
        }
        return day;
    }

    private static <E extends Enum<E>> E choice(String raw, Class<E> type, String key) {
        String s = blankToNull(raw);
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(key, s);
        }
    }

    private static String text(String raw) {
        String s = blankToNull(raw);
        if (s != null && (s.length() > MAX_TEXT || s.chars().anyMatch(Character::isISOControl))) {
            throw new RuleViolation("dashboard.error.text");
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
