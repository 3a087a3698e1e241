package th.tidtam.outgoing.service;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.text.FreeText;

/** The one free-text rule for the outgoing register's fields, refused with messages naming the field. */
final class OutgoingText {

    private OutgoingText() {
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
            case MISSING -> new RuleViolation("outgoing.error.required", field);
            case TOO_LONG -> new RuleViolation("outgoing.error.too-long", field, max);
            case CONTROL_CHARACTERS -> new RuleViolation("outgoing.error.control-characters", field);
            case BROKEN_UNICODE -> new RuleViolation("error.text-invalid-unicode", field);
        };
    }
}
