package th.tidtam.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Throttling and lockout of password logins ({@code tidtam.security.login.*}), applied to every way of logging in:
 * the login form, HTTP Basic on {@code /api}, {@code /engine-rest} and {@code /camunda}.
 *
 * @param maxFailures        failed logins of one username within {@code failureWindow} that lock it
 * @param failureWindow      how far back failures of a username count
 * @param lockDuration       how long a locked username stays locked (the administrator may unlock it sooner)
 * @param addressMaxFailures failed logins from one client address within {@code addressWindow} that block it
 * @param addressWindow      how far back failures of an address count; a blocked address waits this long
 * @param trustedAddresses   client addresses never blocked as a whole (e.g. a monitoring host); their usernames
 *                           still lock
 */
@ConfigurationProperties("tidtam.security.login")
public record LoginProtectionProperties(Integer maxFailures, Duration failureWindow, Duration lockDuration,
        Integer addressMaxFailures, Duration addressWindow, List<String> trustedAddresses) {

    public LoginProtectionProperties {
        maxFailures = maxFailures == null ? 5 : maxFailures;
        failureWindow = failureWindow == null ? Duration.ofMinutes(15) : failureWindow;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        addressMaxFailures = addressMaxFailures == null ? 20 : addressMaxFailures;
        addressWindow = addressWindow == null ? Duration.ofMinutes(10) : addressWindow;
        trustedAddresses = trustedAddresses == null ? List.of() : List.copyOf(trustedAddresses);
        if (maxFailures < 1 || addressMaxFailures < 1) {
            throw new IllegalArgumentException("tidtam.security.login.max-failures and address-max-failures must be at least 1");
        }
    }
}
