package th.tidtam.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every test starts and ends with nobody signed in on its thread. A test that acts as a user through the services
 * (setting the security context) would otherwise leave that user to the next test, whose fixtures then run as
 * someone of one province instead of as start-up work (issue 18: what org lets a caller reach depends on it).
 */
public class SignedOutBetweenTests implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        SecurityContextHolder.clearContext();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SecurityContextHolder.clearContext();
    }
}
