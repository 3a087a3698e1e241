package th.tidtam.org.service;

import java.util.regex.Pattern;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.text.FreeText;

/** The checks of the chain of command's fields, with the messages the administrator reads when one fails. */
final class OrgFieldRules {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private OrgFieldRules() {
    }


    static void requireCode(String code) {
        if (code == null || code.isBlank()) {
            throw new RuleViolation("org.error.required", "org.field.code");
        }
        if (!CODE.matcher(code.trim()).matches()) {
            throw new RuleViolation("org.error.code-format");
        }
    }

    static String requireUsername(String username) {
        if (username == null || username.isBlank()) {
            throw new RuleViolation("org.error.required", "org.field.username");
        }
        String u = username.trim().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(u).matches()) {
            throw new RuleViolation("org.error.username-format");
        }
        return u;
    }

    static String requirePassword(String password) {
        if (password.length() < 4 || password.length() > 72) {
            throw new RuleViolation("org.error.password-length");
        }
        return password;
    }

    /** A one-line text (names, titles, order numbers), cleaned by {@link FreeText}: no control character, no line break. */
    static String requireText(String value, String fieldKey, int max) {
        return FreeText.singleLine(max).require(value, problem -> violation(problem, fieldKey, max));
    }

    /** Like {@link #requireText}, but blank is null. */
    static String optionalText(String value, String fieldKey, int max) {
        return FreeText.singleLine(max).optional(value, problem -> violation(problem, fieldKey, max));
    }

    /** A text that may span lines (delegated powers): line breaks and tabs, but no other control character. */
    static String requireMultilineText(String value, String fieldKey, int max) {
        return FreeText.multiLine(max).require(value, problem -> violation(problem, fieldKey, max));
    }

    /** Like {@link #requireMultilineText}, but blank is null. */
    static String optionalMultilineText(String value, String fieldKey, int max) {
        return FreeText.multiLine(max).optional(value, problem -> violation(problem, fieldKey, max));
    }

    private static RuleViolation violation(FreeText.Problem problem, String fieldKey, int max) {
        return switch (problem) {
            case MISSING -> new RuleViolation("org.error.required", fieldKey);
            case TOO_LONG -> new RuleViolation("org.error.too-long", fieldKey, max);
            case CONTROL_CHARACTERS -> new RuleViolation("org.error.control-characters", fieldKey);
            case BROKEN_UNICODE -> new RuleViolation("error.text-invalid-unicode", fieldKey);
        };
    }
}
