package th.tidtam.security;

import java.util.Map;

/**
 * Something security-relevant happened to a person's second factor or API tokens; the audit trail writes a row for
 * each. {@code username}/{@code personId} name the person concerned; the acting user (an administrator resetting
 * someone else's factor) is whoever is signed in, if anyone — during the login's second step nobody is yet.
 */
public record SecurityEvent(Kind kind, String username, Long personId, String address, Map<String, Object> details) {

    public enum Kind {
        /** A second factor was enrolled (first time or anew). */
        FACTOR_ENROLLED,
        /** The person removed their own second factor. */
        FACTOR_REMOVED,
        /** Another administrator removed the person's second factor and recovery codes. */
        FACTOR_RESET,
        /** New recovery codes replaced the old ones. */
        RECOVERY_CODES_RENEWED,
        /** A recovery code opened the login (it cannot be used again). */
        RECOVERY_CODE_USED,
        /** A second-factor code was refused at login: wrong, expired, replayed, or a spent recovery code. */
        CODE_REFUSED,
        TOKEN_CREATED,
        TOKEN_REVOKED
    }
}
