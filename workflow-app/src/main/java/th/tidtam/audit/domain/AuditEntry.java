package th.tidtam.audit.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import th.tidtam.org.AssignmentKind;

/**
 * One row of the audit trail, read-only for the application: rows are written by {@link AuditEntries#append} and
 * Hibernate never issues an UPDATE for an {@link Immutable} entity. No setters on purpose.
 */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String username;

    @Column(name = "person_id")
    private Long personId;

    /** the acting position's province, filled by the database's trigger; null for the installation's own events */
    @Column(name = "province_id", insertable = false, updatable = false)
    private Long provinceId;

    @Column(name = "position_id")
    private Long positionId;

    @Column(name = "position_title")
    private String positionTitle;

    @Enumerated(EnumType.STRING)
    private AssignmentKind capacity;

    private String positions;

    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    @Column(name = "object_type")
    private String objectType;

    @Column(name = "object_id")
    private String objectId;

    private String secrecy;

    private String details;

    protected AuditEntry() {
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public Long getPositionId() {
        return positionId;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public AssignmentKind getCapacity() {
        return capacity;
    }

    public String getPositions() {
        return positions;
    }

    public String getAddress() {
        return address;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getSecrecy() {
        return secrecy;
    }

    public String getDetails() {
        return details;
    }
}
