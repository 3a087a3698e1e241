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
}
