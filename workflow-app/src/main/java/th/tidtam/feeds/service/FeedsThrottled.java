package th.tidtam.feeds.service;

/** Too many unknown feed tokens from one client address within the window: refused until the oldest leaves it. */
public class FeedsThrottled extends RuntimeException {

    private final long retryAfterSeconds;

    public FeedsThrottled(long retryAfterSeconds) {
        super("too many unknown calendar feed tokens; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
