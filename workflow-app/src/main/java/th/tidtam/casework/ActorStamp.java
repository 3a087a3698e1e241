package th.tidtam.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import th.tidtam.org.AssignmentKind;

/**
 * Who did something in a case: the person, the position through which they acted, and in which capacity (holder,
 * acting รักษาราชการแทน, on behalf ปฏิบัติราชการแทน). Work belongs to positions, so every record of a case keeps all
 * three; an entry made by the system (a timer, an escalation) has no person and no position. Entities embed it and
 * map the columns to their own names with {@code @AttributeOverride}.
 */
@Embeddable
public class ActorStamp {

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "position_id")
    private Long positionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "capacity", length = 16)
    private AssignmentKind capacity;

    protected ActorStamp() {
    }

    public ActorStamp(Long personId, Long positionId, AssignmentKind capacity) {
        this.personId = personId;
        this.positionId = positionId;
        this.capacity = capacity;
    }

    /** An entry the system made by itself: the daily follow-up check, an escalation step. */
    public static ActorStamp system() {
        return new ActorStamp(null, null, null);
    }

    public Long personId() { return personId; }
    public Long positionId() { return positionId; }
    public AssignmentKind capacity() { return capacity; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActorStamp a && java.util.Objects.equals(personId, a.personId)
                && java.util.Objects.equals(positionId, a.positionId) && capacity == a.capacity;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(personId, positionId, capacity);
    }

    /** As the audit trail shows a change of it. */
    @Override
    public String toString() {
        return bySystem() ? "system" : "person " + personId + ", position " + positionId + ", " + capacity;
    }

    public boolean bySystem() {
        return personId == null && positionId == null;
    }
}
