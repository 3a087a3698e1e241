package th.tidtam.notify.domain;

import java.time.Instant;

import th.tidtam.notify.OutboxStatus;

/** A message of the outbox as the sender and the administrator see it. */
public record OutboxMessage(long id, long recipientPersonId, String address, String locale, String kind, String subject,
        String bodyText, String dedupeKey, OutboxStatus status, int attempts, Instant nextAttemptAt, String lastError,
        String claimedBy, Instant claimedUntil, String caseType, Long caseId, Instant createdAt, Instant sentAt) {
}
