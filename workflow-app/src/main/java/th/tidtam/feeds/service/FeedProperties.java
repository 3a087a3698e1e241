package th.tidtam.feeds.service;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Calendar feeds ({@code tidtam.feeds.*}): more than {@code maxFailures} unknown tokens from one client address within
 * {@code window} and the address is refused until the oldest leaves the window; meetings from {@code meetingsBack}
 * before today to {@code meetingsAhead} after it; at most {@code maxTasks} due dates.
 */
@ConfigurationProperties("tidtam.feeds")
record FeedProperties(@DefaultValue("20") int maxFailures, @DefaultValue("10m") Duration window,
        @DefaultValue("90d") Duration meetingsBack, @DefaultValue("400d") Duration meetingsAhead,
        @DefaultValue("1000") int maxTasks) {
}
