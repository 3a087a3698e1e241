package th.tidtam.directive.service;

import java.util.Set;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.text.FreeText;
import th.tidtam.base.time.ThaiDigits;
import th.tidtam.casework.Urgency;
import th.tidtam.directive.domain.DirectiveStatus;

/**
 * What the directives list is narrowed to and how it is ordered: words of the number, subject or text (Thai or Arabic
 * digits alike), statuses, an assigned agency (unit), a meeting ("ครั้งที่"), urgencies, only those with a late part;
 * sorted by number, issue date, due date or status. Empty parts narrow nothing. Texts are checked here, so a screen,
 * the API and a bookmarked link refuse the same things.
 */
public record DirectiveSearch(String text, Set<DirectiveStatus> statuses, Long unitId, String meeting,
        Set<Urgency> urgencies, boolean overdueOnly, Sort sort, boolean descending) {

    /** Longest search text or meeting number: longer ones are refused, never cut. */
    public static final int MAX_TEXT = 200;

    public enum Sort { NUMBER, ISSUED, DUE, STATUS }

    public DirectiveSearch {
        text = clean(text, "directive.search.text");
        meeting = clean(meeting, "directive.field.meeting-number");
        statuses = statuses == null ? Set.of() : statuses.stream().filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        urgencies = urgencies == null ? Set.of() : urgencies.stream().filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        sort = sort == null ? Sort.ISSUED : sort;
    }

    /** Everything the user may see, newest first (the list as it always was). */
    public static DirectiveSearch all() {
        return new DirectiveSearch(null, Set.of(), null, null, Set.of(), false, Sort.ISSUED, true);
    }

    /** The text with Thai digits as Arabic ones, as numbers are stored. */
    public String arabicText() {
        return ThaiDigits.toArabic(text);
    }

    /** The text with Arabic digits as Thai ones, as a subject or text may have been typed. */
    public String thaiText() {
        return ThaiDigits.toThai(text);
    }

    public DirectiveSearch withText(String value) {
        return new DirectiveSearch(value, statuses, unitId, meeting, urgencies, overdueOnly, sort, descending);
    }

    public DirectiveSearch sortedBy(Sort by, boolean desc) {
        return new DirectiveSearch(text, statuses, unitId, meeting, urgencies, overdueOnly, by, desc);
    }

    private static String clean(String value, String field) {
        String v = FreeText.singleLine(MAX_TEXT).optional(value, problem -> switch (problem) {
            case TOO_LONG -> new RuleViolation("error.field-too-long", field, MAX_TEXT);
            case BROKEN_UNICODE -> new RuleViolation("error.text-invalid-unicode", field);
            case MISSING, CONTROL_CHARACTERS -> new RuleViolation("error.field-control-characters", field);
        });
        return v == null || v.isBlank() ? null : v.trim();
    }
}
