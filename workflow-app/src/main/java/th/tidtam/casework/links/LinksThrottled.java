package th.tidtam.casework.links;

/**
 * Too many failed presentations from one client address within the window: even a good token is refused until the
 * oldest of them leaves the window. The page shows "too many tries, wait N minutes" ({@link #MESSAGE_KEY} with
 * {@link #waitMinutes()}); the API answers 429.
 */
public class LinksThrottled extends RuntimeException {

    public static final String MESSAGE_KEY = "links.error.throttled";

    private final long waitMinutes;

    public LinksThrottled(long waitMinutes) {
        super("too many failed link presentations; wait " + waitMinutes + " min");
        this.waitMinutes = waitMinutes;
    }

    /** Whole minutes until the address may try again, at least 1. */
    public long waitMinutes() {
        return waitMinutes;
    }
}
