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

/** Something a position should know about a directive without having a task for it: a reminder, an escalation. */
@Entity
@Table(name = "position_alert")
public class PositionAlert {

    public enum Kind { REMINDER, ESCALATED, ESCALATED_TO_YOU, REPORT_RETURNED, DELEGATED_TO_YOU }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "position_id", nullable = false)
    private Long positionId;

    @Column(name = "directive_id", nullable = false)
    private Long directiveId;

    @Column(name = "part_id")
    private Long partId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Kind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(length = 500)
    private String detail;

    @Column(name = "read_at")
    private Instant readAt;

    protected PositionAlert() {
    }

    public PositionAlert(Long positionId, Long directiveId, Long partId, Kind kind, Instant createdAt, String detail) {
        this.positionId = positionId;
        this.directiveId = directiveId;
        this.partId = partId;
        this.kind = kind;
        this.createdAt = createdAt;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public Long getId() { return id; }
    public Long getPositionId() { return positionId; }
    public Long getDirectiveId() { return directiveId; }
    public Long getPartId() { return partId; }
    public Kind getKind() { return kind; }
    public Instant getCreatedAt() { return createdAt; }
    public String getDetail() { return detail; }
    public Instant getReadAt() { return readAt; }
    public void markRead(Instant at) { this.readAt = at; }
}
