package th.tidtam.partners.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.time.ThaiDigits;

/**
 * The register's text rules, free of Spring: folding a name for comparison and search, and checking e-mail addresses
 * and Thai phone numbers (0x-xxx-xxxx, 0xx-xxx-xxx, 0xx-xxx-xxxx, a four-digit hotline, each optionally with
 * an extension "ต่อ 123"), which are stored in one shape.
 */
public final class PartnerText {

    public static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
    private static final Pattern EXTENSION = Pattern.compile("^(.*?)\\s*(?:ต่อ|ext\\.?|x)\\s*([0-9]{1,5})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("\\+?[0-9 ()-]+");

    private PartnerText() {
    }

    /** Letter case, runs of spaces and Thai digits do not tell two names apart. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        return ThaiDigits.toArabic(text).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /** The folded words of a query (at most {@code max}), each as a LIKE pattern that matches it anywhere. */
    public static List<String> likePatterns(String query, int max) {
        List<String> patterns = new ArrayList<>();
        for (String word : fold(query).split(" ")) {
            if (!word.isBlank() && patterns.size() < max) {
                patterns.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        return patterns;
    }

    /** The address with its domain in lower case; RuleViolation when it is not an address. */
    public static String email(String email) {
        String e = email.strip();
        int at = e.lastIndexOf('@');
        if (e.length() > MAX_EMAIL || at < 1 || at > 64 || !EMAIL.matcher(e).matches()) {
            throw new RuleViolation("partners.error.email-format");
        }
        return e.substring(0, at) + "@" + e.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** The number in its one shape; RuleViolation when it is no Thai phone number. */
    public static String phone(String phone) {
        String p = ThaiDigits.toArabic(phone).strip();
        String extension = null;
        Matcher ext = EXTENSION.matcher(p);
        if (ext.matches()) {
            p = ext.group(1);
            extension = ext.group(2);
        }
        if (!PHONE_CHARACTERS.matcher(p).matches()) {
            throw new RuleViolation("partners.error.phone-format");
        }
        String digits = p.replaceAll("[^0-9]", "");
        if (p.startsWith("+")) {
            if (!digits.startsWith("66")) {
                throw new RuleViolation("partners.error.phone-format");
            }
            digits = "0" + digits.substring(2);
        }
        String shaped;
        if (digits.length() == 9 && digits.startsWith("02")) {
            shaped = digits.substring(0, 2) + "-" + digits.substring(2, 5) + "-" + digits.substring(5);
        } else if (digits.length() == 9 && digits.matches("0[3-7][0-9]{7}")) {
            shaped = digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
        } else if (digits.length() == 10 && digits.matches("0[689][0-9]{8}")) {
            shaped = digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
        } else if (p.matches("1[0-9]{3}") && extension == null) {
            shaped = digits;
        } else {
            throw new RuleViolation("partners.error.phone-format");
        }
        return extension == null ? shaped : shaped + " ต่อ " + extension;
    }
}
