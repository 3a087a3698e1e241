package th.tidtam.casework.alert;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import th.tidtam.casework.CaseRef;

/** Something a position should know about a case without having a task for it: a reminder, an escalation. */
@Entity
@Table(name = "case_alert")
class CaseAlert {

    static final int MAX_DETAIL = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "position_id", nullable = false)
    private Long positionId;

    @Column(name = "case_type", nullable = false, length = 32)
    private String caseType;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "part_id")
    private Long partId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AlertKind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(length = MAX_DETAIL)
    private String detail;

    @Column(name = "read_at")
    private Instant readAt;

    protected CaseAlert() {
    }

    CaseAlert(Long positionId, CaseRef ref, Long partId, AlertKind kind, Instant createdAt, String detail) {
        this.positionId = positionId;
        this.caseType = ref.type();
        this.caseId = ref.id();
        this.partId = partId;
        this.kind = kind;
        this.createdAt = createdAt;
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }

    Long getId() { return id; }
    Long getPositionId() { return positionId; }
    Instant getReadAt() { return readAt; }
    void markRead(Instant at) { this.readAt = at; }

    Alert view() {
        return new Alert(id, caseType, caseId, partId, kind, createdAt, detail, positionId);
    }
}
