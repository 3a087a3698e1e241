package th.tidtam.directive.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import th.tidtam.org.AssignmentKind;

/** One entry of a directive's timeline: what happened, who did it, in which position and capacity, when. */
@Entity
@Table(name = "directive_event")
public class DirectiveEvent {

    public enum Kind {
        ISSUED, ISSUED_ON_BEHALF, ROUTED_TO_SUPERIOR, SCREENED, RETURNED_TO_GOVERNOR, ANSWERED, ACKNOWLEDGED,
        FINAL_REPORT, CLOSURE_PROPOSED, CLOSED, FURTHER_ACTION, SUPERSEDES, SUPERSEDED,
        EXTENSION_REQUESTED, EXTENSION_GRANTED, EXTENSION_REFUSED,
        DELEGATED, PROGRESS_REPORTED, REPORT_ACCEPTED, REPORT_RETURNED, DELEGATE_RESULT, UNIT_REPORT_RETURNED,
        REPORT_DUE, REMINDED, ESCALATED, FOLLOWED_UP, ATTACHMENT_ADDED, WAITING_STARTED, WAITING_ENDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "directive_id", nullable = false)
    private Long directiveId;

    @Column(name = "part_id")
    private Long partId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Kind kind;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "position_id")
    private Long positionId;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private AssignmentKind capacity;

    @Column(length = 2000)
    private String detail;

    protected DirectiveEvent() {
    }

    public DirectiveEvent(Long directiveId, Long partId, Instant occurredAt, Kind kind, Long personId, Long positionId,
            AssignmentKind capacity, String detail) {
        this.directiveId = directiveId;
        this.partId = partId;
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.personId = personId;
        this.positionId = positionId;
        this.capacity = capacity;
        this.detail = detail;
    }

    public Long getId() { return id; }
    public Long getDirectiveId() { return directiveId; }
    public Long getPartId() { return partId; }
    public Instant getOccurredAt() { return occurredAt; }
    public Kind getKind() { return kind; }
    public Long getPersonId() { return personId; }
    public Long getPositionId() { return positionId; }
    public AssignmentKind getCapacity() { return capacity; }
    public String getDetail() { return detail; }
}
