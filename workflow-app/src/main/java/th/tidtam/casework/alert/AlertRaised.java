package th.tidtam.casework.alert;

import java.time.Instant;

import th.tidtam.casework.CaseRef;

/**
 * An alert was raised for a position. Published synchronously in the raising transaction, so that what a listener
 * writes (e.g. an e-mail outbox row) commits or rolls back with the alert itself.
 */
public record AlertRaised(long alertId, Long positionId, CaseRef ref, Long partId, AlertKind kind, String detail,
        Instant at) {
}
