package th.tidtam.orders.service;

import th.tidtam.base.text.FieldText;

/** The one free-text rule for the order's fields, refused with messages naming the field (base.text.FieldText). */
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
        return FieldText.line(value, field, max, required);
    }

    static String lines(String value, String field, int max, boolean required) {
        return FieldText.lines(value, field, max, required);
    }
}
