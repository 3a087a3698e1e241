package th.tidtam.letters.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.time.ThaiDigits;

/**
 * The shape of a sender's number (ที่ of the letter received): the owner's letter code (Thai or Latin letters, e.g.
 * มท, ฉช, กค), the owner's code in digits with sub-units after dots ({@code 0211.3}), "/", "ว" for a circular, and the
 * running number: {@code มท 0211.3/ว 1234}, {@code ฉช 0017.2/1234}. Kept in one spelling (Arabic digits, one space after
 * the code and after ว) so that the same number typed two ways is one number, for the duplicate check.
 */
final class SenderNumbers {

    private static final Pattern SHAPE = Pattern.compile(
            "([\\u0E01-\\u0E2EA-Za-z][\\u0E01-\\u0E2EA-Za-z.]{0,7})\\s*(\\d{1,6}(?:\\.\\d{1,4}){0,4})\\s*/\\s*(ว\\s*)?(\\d{1,6})");

    private SenderNumbers() {
    }

    /** The number in its one spelling; refused "wrong shape" for anything else. */
    static String canonical(String typed) {
        String text = LetterText.line(typed, "letters.field.sender-number", 64, true);
        Matcher m = SHAPE.matcher(ThaiDigits.toArabic(text));
        if (!m.matches()) {
            throw new RuleViolation("letters.error.sender-number-shape", text);
        }
        String code = m.group(1).endsWith(".") ? m.group(1).substring(0, m.group(1).length() - 1) : m.group(1);
        return code + " " + m.group(2) + "/" + (m.group(3) == null ? "" : "ว ") + m.group(4);
    }
}
