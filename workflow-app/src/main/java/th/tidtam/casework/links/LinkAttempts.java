package th.tidtam.casework.links;

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

/**
 * Failed presentations per client address, counted in the database so that every node of the application sees the
 * same tries. Written with plain JDBC in a transaction of their own: a refused answer rolls back, its try does not,
 * and the audit trail already has the try (LinkUsed), so these rows are a counter, not a record.
 */
@Component
class LinkAttempts {

    static final int MAX_ADDRESS = 64;
    /** Rows this much older than the window are of no use to any count and are deleted as new ones arrive. */
    private static final Duration KEEP_BEYOND_WINDOW = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final LinkProperties properties;
    private final Clock clock;

    LinkAttempts(JdbcTemplate jdbc, PlatformTransactionManager transactions, LinkProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.clock = clock;
    }

    static String address(String clientAddress) {
        if (clientAddress == null || clientAddress.isBlank()) {
            return "unknown";
        }
        String a = clientAddress.strip();
        return a.length() <= MAX_ADDRESS ? a : a.substring(0, MAX_ADDRESS);
    }

    /** Throws {@link LinksThrottled} when the address has used up its failures within the window. */
    void checkNotThrottled(String address) {
        Instant now = clock.instant();
        Duration window = properties.window();
        List<Timestamp> recent = jdbc.queryForList("select attempted_at from case_link_attempt where client_address = ?"
                + " and attempted_at > ? order by attempted_at desc limit ?", Timestamp.class, address,
                Timestamp.from(now.minus(window)), Math.max(1, properties.maxFailures()));
        if (recent.size() >= Math.max(1, properties.maxFailures())) {
            // the address may try again once the oldest of the last maxFailures tries has left the window
            Instant free = recent.get(recent.size() - 1).toInstant().plus(window);
            long seconds = Math.max(0, Duration.between(now, free).getSeconds());
            throw new LinksThrottled(Math.max(1, (seconds + 59) / 60));
        }
    }

    void recordFailure(String address) {
        Instant now = clock.instant();
        ownTransaction.executeWithoutResult(status -> {
            jdbc.update("insert into case_link_attempt (client_address, attempted_at) values (?, ?)", address,
                    Timestamp.from(now));
            jdbc.update("delete from case_link_attempt where attempted_at < ?",
                    Timestamp.from(now.minus(properties.window()).minus(KEEP_BEYOND_WINDOW)));
        });
    }
}
