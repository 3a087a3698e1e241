package th.tidtam.security;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Logins refused before the password was even looked at. */
public final class LoginRefused {

    private LoginRefused() {
    }

    /** Seconds until the given moment, at least one (for Retry-After and the messages). */
    public static long secondsUntil(Instant until) {
        return Math.max(1, Duration.between(Instant.now(), until).toSeconds() + 1);
    }

    /** The username is locked after repeated failures (answered 423); said the same way for unknown names. */
    public static final class AccountLockedOut extends LockedException {

        private final Instant lockedUntil;

        AccountLockedOut(Instant lockedUntil) {
            super("account temporarily locked");
            this.lockedUntil = lockedUntil;
        }

        public Instant lockedUntil() {
            return lockedUntil;
        }
    }

    /** Too many failed logins from this client address (answered 429 with Retry-After). */
    public static final class TooManyLoginAttempts extends AuthenticationException {

        private final Instant blockedUntil;

        TooManyLoginAttempts(Instant blockedUntil) {
            super("too many failed logins from this address");
            this.blockedUntil = blockedUntil;
        }

        public Instant blockedUntil() {
            return blockedUntil;
        }
    }

    /** Published for a login refused because its client address is blocked, next to Spring's standard failure events. */
    public static final class AuthenticationFailureThrottledEvent extends AbstractAuthenticationFailureEvent {

        public AuthenticationFailureThrottledEvent(Authentication authentication, AuthenticationException exception) {
            super(authentication, exception);
        }
    }

    /**
     * The password was right but the person has (or, as an administrator, must have) a second factor: the login form
     * continues on the second-factor screen. Not a failure: no failure event, and the username's count of failures is
     * not cleared until the second factor is given.
     */
    public static final class SecondFactorRequired extends AuthenticationException {

        private final String username;
        private final long personId;
        private final boolean enrolled;

        SecondFactorRequired(String username, long personId, boolean enrolled) {
            super("second factor required");
            this.username = username;
            this.personId = personId;
            this.enrolled = enrolled;
        }

        public String username() {
            return username;
        }

        public long personId() {
            return personId;
        }

        /** False for an administrator who has none yet: enrolment comes first. */
        public boolean enrolled() {
            return enrolled;
        }
    }

    /** A right password over HTTP Basic of a person with a second factor: scripts use an API token (answered 401). */
    public static final class PasswordNotAccepted extends org.springframework.security.authentication.BadCredentialsException {

        PasswordNotAccepted() {
            super("password not accepted over HTTP Basic: use an API token");
        }
    }

    /** Published for {@link PasswordNotAccepted}, so the audit trail names the reason. */
    public static final class AuthenticationFailurePasswordNotAcceptedEvent extends AbstractAuthenticationFailureEvent {

        public AuthenticationFailurePasswordNotAcceptedEvent(Authentication authentication, AuthenticationException exception) {
            super(authentication, exception);
        }
    }
}
