package th.tidtam.outgoing.service;

import th.tidtam.base.text.FieldText;

/** The one free-text rule for the outgoing register's fields, refused with messages naming the field (base.text.FieldText). */
final class OutgoingText {

    private OutgoingText() {
    }

    static String line(String value, String field, int max, boolean required) {
        return FieldText.line(value, field, max, required);
    }

    static String lines(String value, String field, int max, boolean required) {
        return FieldText.lines(value, field, max, required);
    }
}
