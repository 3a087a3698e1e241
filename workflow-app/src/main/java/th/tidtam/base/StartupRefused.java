package th.tidtam.base;

/**
 * The application cannot or must not start, for a reason an operator can fix (a missing secret, a data directory
 * in the wrong place). Reported as one clear message instead of a stack trace.
 */
public class StartupRefused extends RuntimeException {

    private final String action;

    public StartupRefused(String message, String action) {
        super(message);
        this.action = action;
    }

    public StartupRefused(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
