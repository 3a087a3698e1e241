package th.tidtam.feeds;

import java.time.Instant;

/**
 * Whether the person has a live calendar address, since when, and when a calendar program last read it. The address
 * itself is never shown again after it was made (only its hash is kept).
 */
public record FeedStatus(boolean active, Instant createdAt, Instant lastReadAt) {

    public static FeedStatus none() {
        return new FeedStatus(false, null, null);
    }
}
