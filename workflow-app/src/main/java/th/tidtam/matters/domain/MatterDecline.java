package th.tidtam.matters.domain;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import th.tidtam.casework.ActorStamp;

/** A unit declined a matter, once, with its reason (unique per matter and unit). */
@Entity
@Table(name = "matter_decline")
public class MatterDecline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "matter_id", nullable = false)
    private Long matterId;

    @Column(name = "part_id", nullable = false)
    private Long partId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Embedded
    @AttributeOverrides({ @AttributeOverride(name = "personId", column = @Column(name = "declined_by_person_id")),
            @AttributeOverride(name = "positionId", column = @Column(name = "declined_by_position_id")),
            @AttributeOverride(name = "capacity", column = @Column(name = "declined_by_capacity")) })
    private ActorStamp declinedBy;

    @Column(name = "declined_at", nullable = false)
    private Instant declinedAt;

    @Column(name = "reassigned_at")
    private Instant reassignedAt;

    protected MatterDecline() {
    }

    public MatterDecline(Long matterId, Long partId, Long unitId, String reason, ActorStamp by, Instant at) {
        this.matterId = matterId;
        this.partId = partId;
        this.unitId = unitId;
        this.reason = reason;
        this.declinedBy = by;
        this.declinedAt = at;
    }

    public void reassigned(Instant at) {
        this.reassignedAt = at;
    }

    public Long getId() { return id; }
    public Long getMatterId() { return matterId; }
    public Long getPartId() { return partId; }
    public Long getUnitId() { return unitId; }
    public String getReason() { return reason; }
    public ActorStamp getDeclinedBy() { return declinedBy; }
    public Instant getDeclinedAt() { return declinedAt; }
    public Instant getReassignedAt() { return reassignedAt; }
}
