package th.tidtam.matters.service;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.text.FreeText;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.org.UnitKind;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitSummary;

/** The rules a matter's input must keep; every refusal is a RuleViolation and nothing is changed. */
@Component
class MatterChecks {

    static final FreeText SUBJECT = FreeText.singleLine(500);
    static final FreeText DESCRIPTION = FreeText.multiLine(4000);
    static final FreeText REFERENCE = FreeText.singleLine(255);
    static final FreeText REASON = FreeText.multiLine(2000);
    static final FreeText SHARE = FreeText.multiLine(2000);
    static final FreeText REPORT = FreeText.multiLine(4000);
    static final FreeText NAME = FreeText.singleLine(255);
    static final FreeText ADDRESS = FreeText.multiLine(1000);
    static final FreeText NOTE = FreeText.multiLine(2000);

    private static final Pattern PHONE = Pattern.compile("^[0-9+][0-9 \\-]{7,20}( ต่อ [0-9]{1,6})?$");
    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+\\-]{1,64}@[A-Za-z0-9.\\-]{1,185}\\.[A-Za-z]{2,}$");

    private final WorkingCalendar calendar;
    private final OrgDirectory org;

    MatterChecks(WorkingCalendar calendar, OrgDirectory org) {
        this.calendar = calendar;
        this.org = org;
    }

    /** The clean text, or refused: {@code missingKey} when required and empty, {@code too-long} (the limit), {@code bad-text}. */
    static String text(FreeText rule, String value, String missingKey, boolean required) {
        java.util.function.Function<FreeText.Problem, RuleViolation> refusal = problem -> switch (problem) {
            case MISSING -> new RuleViolation(missingKey == null ? "matters.error.bad-text" : missingKey);
            case TOO_LONG -> new RuleViolation("matters.error.too-long", rule.maxLength());
            default -> new RuleViolation("matters.error.bad-text");
        };
        return required ? rule.require(value, refusal) : rule.optional(value, refusal);
    }

    /** A due date someone chooses: given, a working day, from today to a year ahead. */
    LocalDate dueDate(LocalDate day) {
        if (day == null) {
            throw new RuleViolation("matters.error.due-required");
        }
        LocalDate today = calendar.today();
        if (day.isBefore(today)) {
            throw new RuleViolation("matters.error.due-in-past", day);
        }
        if (day.isAfter(today.plusYears(1))) {
            throw new RuleViolation("matters.error.due-too-far", day);
        }
        if (!calendar.isWorkingDay(day)) {
            throw new RuleViolation("matters.error.due-not-working-day", day, calendar.nextWorkingDay(day));
        }
        return day;
    }

    /** A unit that can hold a matter today: it exists, takes work, and has a head's position. */
    /** A unit of the matter's province that may hold a share (another province's unit does not exist here). */
    UnitSummary holdingUnit(Long provinceId, Long unitId, boolean officeGroup) {
        UnitSummary unit = unitId == null ? null : org.unit(unitId).filter(u -> u.provinceId() == null || u.provinceId().equals(provinceId)).orElse(null);
        if (unit == null || !unit.kind().takesDirectives() || org.headOf(unit.id()).isEmpty()) {
            throw new RuleViolation("matters.error.unit-gone");
        }
        if (officeGroup != (unit.kind() == UnitKind.OFFICE_GROUP)) {
            throw new RuleViolation(officeGroup ? "matters.error.not-office-group" : "matters.error.office-group-is-keep");
        }
        return unit;
    }

    /** A Thai national id: 13 digits whose last is the check digit of the first twelve. */
    static String nationalId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.replaceAll("[\\s\\-]", "");
        if (!digits.matches("[0-9]{13}") || !checkDigitOk(digits)) {
            throw new RuleViolation("matters.error.national-id");
        }
        return digits;
    }

    static boolean checkDigitOk(String digits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (13 - i);
        }
        return (11 - sum % 11) % 10 == digits.charAt(12) - '0';
    }

    static String phone(String value) {
        String v = text(REFERENCE, value, null, false);
        if (v != null && !PHONE.matcher(v).matches()) {
            throw new RuleViolation("matters.error.phone");
        }
        return v;
    }

    static String email(String value) {
        String v = text(REFERENCE, value, null, false);
        if (v != null && !EMAIL.matcher(v).matches()) {
            throw new RuleViolation("matters.error.email");
        }
        return v;
    }
}
