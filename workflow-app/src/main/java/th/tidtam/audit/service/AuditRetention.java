package th.tidtam.audit.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import th.tidtam.base.time.ApplicationZone;

/**
 * Removes audit rows older than {@code tidtam.audit.retention-days}, once a day at 02:15 Bangkok time, in small
 * batches so that it never holds long locks. The only deletion of audit rows anywhere, and it takes no row id: it
 * deletes by age only. It also stays behind the database trigger's own 90-day floor (measured by the database's
 * clock), so a clock set ahead — the engine's clock in a test, a wrong server clock — can never make it delete a
 * row the law still asks to keep; the trigger would refuse it anyway. Running on two nodes at once is harmless.
 */
@Component
public class AuditRetention {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);
    /** occurred_at is UTC, like every Instant the application stores. */
    private static final ZoneId ZONE = java.time.ZoneOffset.UTC;
    private static final int BATCH = 5_000;
    private static final String PURGE = """
            delete from audit_log
             where occurred_at < ?
               and occurred_at < utc_timestamp() - interval 90 day
             order by occurred_at limit ?
            """;

    private final JdbcTemplate jdbc;
    private final AuditProperties properties;
    private final Clock clock;

    AuditRetention(JdbcTemplate jdbc, AuditProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${tidtam.audit.purge-cron:0 15 2 * * *}", zone = ApplicationZone.NAME)
    void daily() {
        long removed = purgeAsOf(clock.instant());
        if (removed > 0) {
            LOG.info("Audit retention: removed {} rows older than {} days", removed, properties.retentionDays());
        }
    }

    /** Removes the rows older than the retention as of {@code now}; returns how many. */
    public long purgeAsOf(Instant now) {
        LocalDateTime cutoff = LocalDateTime.ofInstant(now.minus(Duration.ofDays(properties.retentionDays())), ZONE);
        long total = 0;
        int removed;
        do {
            // each batch commits on its own (no surrounding transaction): short locks, progress kept if stopped
            removed = jdbc.update(PURGE, cutoff, BATCH);
            total += removed;
        } while (removed == BATCH);
        return total;
    }

    public int retentionDays() {
        return properties.retentionDays();
    }
}
