package th.tidtam.meeting.service;

import th.tidtam.base.text.FieldText;

/** The one free-text rule for the meeting's fields, refused with messages naming the field (base.text.FieldText). */
final class MeetingText {

    static final int MAX_TITLE = 500;
    static final int MAX_NAME = 255;
    static final int MAX_TEXT = 20_000;
    static final int MAX_REASON = 2000;

    private MeetingText() {
    }

    static String line(String value, String field, int max, boolean required) {
        return FieldText.line(value, field, max, required);
    }

    static String lines(String value, String field, int max, boolean required) {
        return FieldText.lines(value, field, max, required);
    }
}
