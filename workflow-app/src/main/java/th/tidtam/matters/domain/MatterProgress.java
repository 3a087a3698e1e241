package th.tidtam.matters.domain;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import th.tidtam.casework.ActorStamp;
import th.tidtam.matters.ProgressStatus;

/** A progress report (or the final report) on one part. */
@Entity
@Table(name = "matter_progress")
public class MatterProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "matter_id", nullable = false)
    private Long matterId;

    @Column(name = "part_id", nullable = false)
    private Long partId;

    @Column(nullable = false)
    private int percent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProgressStatus status;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "final_report", nullable = false)
    private boolean finalReport;

    @Embedded
    @AttributeOverrides({ @AttributeOverride(name = "personId", column = @Column(name = "reported_by_person_id")),
            @AttributeOverride(name = "positionId", column = @Column(name = "reported_by_position_id")),
            @AttributeOverride(name = "capacity", column = @Column(name = "reported_by_capacity")) })
    private ActorStamp reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected MatterProgress() {
    }

    public MatterProgress(Long matterId, Long partId, int percent, ProgressStatus status, String text,
            boolean finalReport, ActorStamp by, Instant at) {
        this.matterId = matterId;
        this.partId = partId;
        this.percent = percent;
        this.status = status;
        this.text = text;
        this.finalReport = finalReport;
        this.reportedBy = by;
        this.reportedAt = at;
    }

    public Long getId() { return id; }
    public Long getMatterId() { return matterId; }
    public Long getPartId() { return partId; }
    public int getPercent() { return percent; }
    public ProgressStatus getStatus() { return status; }
    public String getText() { return text; }
    public boolean isFinalReport() { return finalReport; }
    public ActorStamp getReportedBy() { return reportedBy; }
    public Instant getReportedAt() { return reportedAt; }
}
