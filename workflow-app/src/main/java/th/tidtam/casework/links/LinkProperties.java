package th.tidtam.casework.links;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Throttling of one-time links per client address: more than {@code maxFailures} failed presentations within
 * {@code window} and the address is refused until the oldest leaves the window.
 */
@ConfigurationProperties("tidtam.links")
record LinkProperties(@DefaultValue("10") int maxFailures, @DefaultValue("10m") Duration window) {
}
