package th.tidtam.coordination.service;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.text.FieldText;

/** The one free-text rule for the request's fields, refused with the module's messages naming the field. */
final class CoordinationText {

    static final int MAX_SUBJECT = 500;
    static final int MAX_BODY = 10_000;
    static final int MAX_LINE = 200;
    static final int MAX_PHONE = 40;

    private CoordinationText() {
    }

    static String line(String value, String field, int max, boolean required) {
        return FieldText.line(value, field, max, required);
    }

    static String lines(String value, String field, int max, boolean required) {
        return FieldText.lines(value, field, max, required);
    }

    /** A Thai phone number's shape (0x-xxx-xxxx, 0xx-xxx-xxxx, with an extension "ต่อ"), or a mobile's. */
    static String phone(String value, String field, boolean required) {
        String p = line(value, field, MAX_PHONE, required);
        if (p != null && !th.tidtam.base.time.ThaiDigits.toArabic(p).matches("0[0-9 \\-]{7,14}( *(ต่อ|ext\\.?) *[0-9]{1,5})?")) {
            throw new RuleViolation("coordination.error.phone-shape", p);
        }
        return p;
    }
}
