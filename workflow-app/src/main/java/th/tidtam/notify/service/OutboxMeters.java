package th.tidtam.notify.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;

import th.tidtam.base.metrics.CachedFigures;
import th.tidtam.base.metrics.DatabaseGauges;
import th.tidtam.notify.OutboxStatus;
import th.tidtam.notify.domain.Outbox;

/**
 * The e-mail outbox's backlog for operations (README, "Monitoring"): messages waiting by status (pending,
 * failed_retrying, given_up, held) and how long the earliest due one has been waiting — a sender that stopped or a
 * mail server that refuses shows as a growing wait long before anyone misses a message. Read at most once per
 * refresh interval ({@link DatabaseGauges}).
 */
@Component
class OutboxMeters {

    OutboxMeters(Outbox outbox, DatabaseGauges gauges, Clock clock) {
        CachedFigures<Outbox.Backlog> backlog = gauges.figures("mail_outbox", outbox::backlog);
        for (OutboxStatus status : OutboxStatus.values()) {
            if (status == OutboxStatus.SENT) {
                continue;
            }
            Gauge.builder("tidtam.outbox.messages", backlog,
                    f -> f.latest() == null ? Double.NaN : f.latest().byStatus().getOrDefault(status, 0L))
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .description("E-mail messages of the outbox not sent, by status").strongReference(true).register(gauges.registry());
        }
        Gauge.builder("tidtam.outbox.oldest.due", backlog, f -> waited(f.latest(), clock.instant())).baseUnit("seconds")
                .description("How long the earliest due message (pending or to be retried) has been waiting; 0 when none is due")
                .strongReference(true).register(gauges.registry());
    }

    private static double waited(Outbox.Backlog backlog, Instant now) {
        if (backlog == null) {
            return Double.NaN;
        }
        Instant due = backlog.earliestDue();
        return due == null || due.isAfter(now) ? 0 : Duration.between(due, now).toMillis() / 1000.0;
    }
}
