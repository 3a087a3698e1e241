package th.tidtam.notify.domain;

import th.tidtam.notify.OutboxStatus;

/**
 * A message to put in the outbox. {@code status} is {@link OutboxStatus#PENDING}, {@link OutboxStatus#HELD} (no SMTP
 * server) or {@link OutboxStatus#GIVEN_UP} with {@code lastError} (a malformed address: kept, never sent).
 */
public record NewMessage(long personId, String address, String locale, String kind, String subject, String bodyText,
        String dedupeKey, OutboxStatus status, String lastError, String caseType, Long caseId) {
}
