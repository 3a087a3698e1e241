package th.tidtam.notify.domain;

import java.time.Instant;

import th.tidtam.notify.NotificationKind;

/** An alert to a position, kept for the next digest of whoever fills it. */
public record NotificationEvent(long id, long positionId, NotificationKind kind, String alertKind, String caseType,
        long caseId, Long partId, String detail, Instant createdAt) {
}
