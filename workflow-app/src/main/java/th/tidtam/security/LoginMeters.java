package th.tidtam.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Logins for operations (README, "Monitoring"), counted on the same events as the audit trail's LOGIN and LOGIN_FAILED
 * rows: {@code tidtam_logins_succeeded_total} (people signing in on the login page, with their second factor where
 * they have one) and {@code tidtam_logins_failed_total{reason,via}} — a wrong password or token (BadCredentials), a
 * locked username (Locked), a blocked address (Throttled), a password sent over Basic where a token is required
 * (PasswordNotAccepted), a refused second-factor code (SecondFactorCode); via {@code form} or {@code basic}. During a
 * load run a rising failure rate tells a refused script from a slow one; at any time, a guessing attack.
 */
@Component
class LoginMeters {

    private final MeterRegistry registry;
    private final Counter succeeded;

    LoginMeters(MeterRegistry registry) {
        this.registry = registry;
        this.succeeded = Counter.builder("tidtam.logins.succeeded")
                .description("Logins on the login page that succeeded (after the second factor, where one is used)")
                .register(registry);
        failed("BadCredentials", "form");
        failed("BadCredentials", "basic");
    }

    @EventListener
    void loggedIn(InteractiveAuthenticationSuccessEvent event) {
        succeeded.increment();
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        String via = event.getAuthentication() != null
                && event.getAuthentication().getDetails() instanceof BasicAuthenticationDetails ? "basic" : "form";
        failed(event.getClass().getSimpleName().replace("AuthenticationFailure", "").replace("Event", ""), via).increment();
    }

    @EventListener
    void codeRefused(SecurityEvent event) {
        if (event.kind() == SecurityEvent.Kind.CODE_REFUSED) {
            failed("SecondFactorCode", "form").increment();
        }
    }

    private Counter failed(String reason, String via) {
        return Counter.builder("tidtam.logins.failed").tag("reason", reason).tag("via", via)
                .description("Logins refused, by reason and by way of login").register(registry);
    }
}
