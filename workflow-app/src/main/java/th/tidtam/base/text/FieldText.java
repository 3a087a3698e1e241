package th.tidtam.base.text;

import th.tidtam.base.RuleViolation;

/**
 * The one refusal of a form's free-text field, for every module: {@link FreeText}'s rule, refused with a message that
 * names the field (its message key, translated in the message). Before this, each module had the same twenty lines
 * with its own copies of the same three messages.
 */
public final class FieldText {

    private FieldText() {
    }

    /** A one-line field (a subject, a name): no line breaks, at most {@code max} characters, trimmed. */
    public static String line(String value, String fieldKey, int max, boolean required) {
        return check(FreeText.singleLine(max), value, fieldKey, max, required);
    }

    /** A text of several lines (a body, a reason): at most {@code max} characters, trimmed. */
    public static String lines(String value, String fieldKey, int max, boolean required) {
        return check(FreeText.multiLine(max), value, fieldKey, max, required);
    }

    private static String check(FreeText rule, String value, String fieldKey, int max, boolean required) {
        return required ? rule.require(value, p -> refusal(p, fieldKey, max)) : rule.optional(value, p -> refusal(p, fieldKey, max));
    }

    /** The refusal for one problem of a field's text. */
    public static RuleViolation refusal(FreeText.Problem problem, String fieldKey, int max) {
        return switch (problem) {
            case MISSING -> new RuleViolation("error.field-required", fieldKey);
            case TOO_LONG -> new RuleViolation("error.field-too-long", fieldKey, max);
            case CONTROL_CHARACTERS -> new RuleViolation("error.field-control-characters", fieldKey);
            case BROKEN_UNICODE -> new RuleViolation("error.text-invalid-unicode", fieldKey);
        };
    }
}
