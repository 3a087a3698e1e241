package th.tidtam.letters.service;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.text.FreeText;

/** The one free-text rule for the register's fields, refused with the letters' own messages naming the field. */
final class LetterText {

    static final int MAX_PARTY = 500;
    static final int MAX_SUBJECT = 500;
    static final int MAX_ATTACHMENTS = 2000;
    static final int MAX_ACTION = 4000;
    static final int MAX_NOTE = 2000;
    static final int MAX_EXTERNAL_ID = 100;

    private LetterText() {
    }

    static String line(String value, String field, int max, boolean required) {
        FreeText rule = FreeText.singleLine(max);
        return required ? rule.require(value, p -> refusal(p, field, max)) : rule.optional(value, p -> refusal(p, field, max));
    }

    static String lines(String value, String field, int max, boolean required) {
        FreeText rule = FreeText.multiLine(max);
        return required ? rule.require(value, p -> refusal(p, field, max)) : rule.optional(value, p -> refusal(p, field, max));
    }

    private static RuleViolation refusal(FreeText.Problem problem, String field, int max) {
        return switch (problem) {
            case MISSING -> new RuleViolation("letters.error.required", field);
            case TOO_LONG -> new RuleViolation("letters.error.too-long", field, max);
            case CONTROL_CHARACTERS -> new RuleViolation("letters.error.control-characters", field);
            case BROKEN_UNICODE -> new RuleViolation("error.text-invalid-unicode", field);
        };
    }
}
