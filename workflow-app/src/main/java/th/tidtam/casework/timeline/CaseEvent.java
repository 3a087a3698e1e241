package th.tidtam.casework.timeline;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.CaseRef;

/** One entry of a case's timeline: what happened, to which part, who did it (stamp), when. */
@Entity
@Table(name = "case_event")
class CaseEvent {

    static final int MAX_DETAIL = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_type", nullable = false, length = 32)
    private String caseType;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "part_id")
    private Long partId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 32)
    private String kind;

    @Embedded
    private ActorStamp by;

    @Column(length = MAX_DETAIL)
    private String detail;

    protected CaseEvent() {
    }

    CaseEvent(CaseRef ref, Long partId, Instant occurredAt, String kind, ActorStamp by, String detail) {
        this.caseType = ref.type();
        this.caseId = ref.id();
        this.partId = partId;
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.by = by == null ? ActorStamp.system() : by;
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }

    TimelineEntry entry() {
        return new TimelineEntry(id, CaseRef.of(caseType, caseId), partId, occurredAt, kind,
                by == null ? ActorStamp.system() : by, detail);
    }
}
