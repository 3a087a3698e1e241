package th.tidtam.meeting.service;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.text.FreeText;

/** The one free-text rule for the meeting's fields, refused with the meeting's own messages naming the field. */
final class MeetingText {

    static final int MAX_TITLE = 500;
    static final int MAX_NAME = 255;
    static final int MAX_TEXT = 20_000;
    static final int MAX_REASON = 2000;

    private MeetingText() {
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
            case MISSING -> new RuleViolation("meeting.error.required", field);
            case TOO_LONG -> new RuleViolation("meeting.error.too-long", field, max);
            case CONTROL_CHARACTERS -> new RuleViolation("meeting.error.control-characters", field);
            case BROKEN_UNICODE -> new RuleViolation("error.text-invalid-unicode", field);
        };
    }
}
