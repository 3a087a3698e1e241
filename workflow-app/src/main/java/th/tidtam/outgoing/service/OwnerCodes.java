package th.tidtam.outgoing.service;

import java.util.regex.Pattern;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.time.ThaiDigits;

/**
 * The owner code (รหัสส่วนราชการเจ้าของเรื่อง) that heads a book's numbers: two or three Thai consonants (ฉช for
 * Chachoengsao, มท for the Ministry of Interior), a space, the owner's four digits, then one dot-separated number per
 * sub-unit level ("ฉช 0017", "ฉช 0017.2", "ฉช 0017.1.13"). Stored with Arabic digits and a single space.
 */
final class OwnerCodes {

    private static final Pattern SHAPE = Pattern.compile("[ก-ฮ]{2,3} \\d{4}(\\.\\d{1,3}){0,4}");

    private OwnerCodes() {
    }

    /** The code as stored, or a refusal naming the expected shape. */
    static String normalise(String raw) {
        String code = OutgoingText.line(raw, "outgoing.field.owner-code", 32, true);
        code = ThaiDigits.toArabic(code).replaceAll("\\s+", " ").replaceAll("([ก-ฮ])(\\d)", "$1 $2");
        if (!SHAPE.matcher(code).matches()) {
            throw new RuleViolation("outgoing.error.owner-code-shape", raw.strip());
        }
        return code;
    }
}
