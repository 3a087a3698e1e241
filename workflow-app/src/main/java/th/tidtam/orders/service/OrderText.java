package th.tidtam.orders.service;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.text.FreeText;

/** The one free-text rule for the order's fields, refused with the orders' own messages naming the field. */
final class OrderText {

    static final int MAX_SUBJECT = 500;
    static final int MAX_TEXT = 4000;
    /** org keeps a delegation's powers in 2000 characters: the matters' names and this annex text go there together */
    static final int MAX_ANNEX = 1500;
    static final int MAX_NAME = 255;
    static final int MAX_REASON = 2000;

    /** What a message shows for a missing value (an order number not taken yet, a text left out). */
    static final String NONE = "-";

    private OrderText() {
    }

    /** The order as a refusal names it: its number, or its id while a draft. */
    static String label(th.tidtam.orders.domain.ProvincialOrder order) {
        return order.getNumber() != null ? order.getNumber() : "#" + order.getId();
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
            case MISSING -> new RuleViolation("orders.error.required", field);
            case TOO_LONG -> new RuleViolation("orders.error.too-long", field, max);
            case CONTROL_CHARACTERS -> new RuleViolation("orders.error.control-characters", field);
            case BROKEN_UNICODE -> new RuleViolation("error.text-invalid-unicode", field);
        };
    }
}
