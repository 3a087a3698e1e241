package th.tidtam.letters.service;

import th.tidtam.base.text.FieldText;

/** The one free-text rule for the register's fields, refused with messages naming the field (base.text.FieldText). */
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
        return FieldText.line(value, field, max, required);
    }

    static String lines(String value, String field, int max, boolean required) {
        return FieldText.lines(value, field, max, required);
    }
}
