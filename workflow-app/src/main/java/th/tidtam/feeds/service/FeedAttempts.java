package th.tidtam.feeds.service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import th.tidtam.security.LoginAttempts;

/**
 * Unknown feed tokens per client address, counted in the database so that every node sees the same tries (the
 * one-time links' counter, casework.links.LinkAttempts, is private to its module and its table). Written in a
 * transaction of their own: the refused read writes nothing else. The addresses the administrator trusts for logins
 * (a proxy, a monitoring host) are never blocked as a whole here either.
 */
@Component
class FeedAttempts {

    static final int MAX_ADDRESS = 64;
    private static final Duration KEEP_BEYOND_WINDOW = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final FeedProperties properties;
    private final LoginAttempts logins;
    private final Clock clock;

    FeedAttempts(JdbcTemplate jdbc, PlatformTransactionManager transactions, FeedProperties properties,
            LoginAttempts logins, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.logins = logins;
        this.clock = clock;
    }

    static String address(String clientAddress) {
        if (clientAddress == null || clientAddress.isBlank()) {
            return "unknown";
        }
        String a = clientAddress.strip();
        return a.length() <= MAX_ADDRESS ? a : a.substring(0, MAX_ADDRESS);
    }

    /** Throws {@link FeedsThrottled} when the address has used up its failures within the window. */
    void checkNotThrottled(String address) {
        if (trusted(address)) {
            return;
        }
        Instant now = clock.instant();
        Duration window = properties.window();
        int max = Math.max(1, properties.maxFailures());
        List<Timestamp> recent = jdbc.queryForList("select attempted_at from calendar_feed_attempt where client_address = ?"
                + " and attempted_at > ? order by attempted_at desc limit ?", Timestamp.class, address,
                Timestamp.from(now.minus(window)), max);
        if (recent.size() >= max) {
            // free again once the oldest of the last max tries has left the window
            Instant free = recent.get(recent.size() - 1).toInstant().plus(window);
            throw new FeedsThrottled(Math.max(1, Duration.between(now, free).getSeconds()));
        }
    }

    void recordFailure(String address) {
        if (trusted(address)) {
            return;
        }
        Instant now = clock.instant();
        ownTransaction.executeWithoutResult(status -> {
            jdbc.update("insert into calendar_feed_attempt (client_address, attempted_at) values (?, ?)", address,
                    Timestamp.from(now));
            jdbc.update("delete from calendar_feed_attempt where attempted_at < ?",
                    Timestamp.from(now.minus(properties.window()).minus(KEEP_BEYOND_WINDOW)));
        });
    }

    private boolean trusted(String address) {
        return logins.properties().trustedAddresses().contains(address);
    }
}
