package th.tidtam.audit.domain;

import java.time.Instant;

import th.tidtam.org.AssignmentKind;

/** A row to append: everything the trail keeps about one event. */
public record AuditRecord(Instant occurredAt, String username, Long personId, Long positionId, String positionTitle,
        AssignmentKind capacity, String positions, String address, AuditAction action, String objectType,
        String objectId, String secrecy, String details) {
}
