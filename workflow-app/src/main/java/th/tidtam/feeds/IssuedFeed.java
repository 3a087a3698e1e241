package th.tidtam.feeds;

import java.time.Instant;

/** A new calendar address, shown to its owner this once: {@code url} carries the token and is the whole secret. */
public record IssuedFeed(String url, Instant createdAt) {

    @Override
    public String toString() {
        return "IssuedFeed[createdAt=" + createdAt + "]";
    }
}
