package th.tidtam.matters.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import th.tidtam.matters.PartStatus;
import th.tidtam.matters.ProgressStatus;

/** One holder's share of a matter: the unit, its head's position, the due date in force and how far it got. */
@Entity
@Table(name = "matter_part")
public class MatterPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "matter_id", nullable = false)
    private Long matterId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "holder_position_id", nullable = false)
    private Long holderPositionId;

    @Column(nullable = false)
    private boolean kept;

    @Column(name = "share_text", length = 2000)
    private String shareText;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "original_due_date", nullable = false)
    private LocalDate originalDueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PartStatus status;

    @Column(nullable = false)
    private int percent;

    @Enumerated(EnumType.STRING)
    @Column(name = "progress_status", length = 16)
    private ProgressStatus progressStatus;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "final_text", length = 4000)
    private String finalText;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "extension_to")
    private LocalDate extensionTo;

    @Column(name = "extension_reason", length = 2000)
    private String extensionReason;

    @Column(name = "extension_requested_at")
    private Instant extensionRequestedAt;

    @Column(name = "reminded_for")
    private LocalDate remindedFor;

    @Column(name = "escalation_level", nullable = false)
    private int escalationLevel;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Version
    private long version;

    protected MatterPart() {
    }

    public MatterPart(Long matterId, Long unitId, Long holderPositionId, boolean kept, String shareText,
            LocalDate dueDate, Instant at) {
        this.matterId = matterId;
        this.unitId = unitId;
        this.holderPositionId = holderPositionId;
        this.kept = kept;
        this.shareText = shareText;
        this.dueDate = dueDate;
        this.originalDueDate = dueDate;
        this.status = kept ? PartStatus.WORKING : PartStatus.OFFERED;
        this.assignedAt = at;
        this.acceptedAt = kept ? at : null;
    }

    public void accept(Instant at) {
        status = PartStatus.WORKING;
        acceptedAt = at;
    }

    public void decline() {
        status = PartStatus.DECLINED;
    }

    /** The share given to another unit (or kept in an office group) after a decline; its due date may change. */
    public void reassign(Long unitId, Long holderPositionId, boolean kept, LocalDate dueDate, Instant at) {
        this.unitId = unitId;
        this.holderPositionId = holderPositionId;
        this.kept = kept;
        this.dueDate = dueDate;
        this.originalDueDate = dueDate;
        this.status = kept ? PartStatus.WORKING : PartStatus.OFFERED;
        this.assignedAt = at;
        this.acceptedAt = kept ? at : null;
        this.remindedFor = null;
        this.escalationLevel = 0;
        this.escalatedAt = null;
    }

    public void progress(int percent, ProgressStatus status) {
        this.percent = percent;
        this.progressStatus = status;
    }

    public void finalReport(String text, Instant at) {
        this.finalText = text;
        this.reportedAt = at;
        this.percent = 100;
        this.status = PartStatus.REPORTED;
    }

    public void returned() {
        this.status = PartStatus.WORKING;
    }

    public void done(Instant at) {
        this.status = PartStatus.DONE;
        this.doneAt = at;
    }

    public void requestExtension(LocalDate to, String reason, Instant at) {
        this.extensionTo = to;
        this.extensionReason = reason;
        this.extensionRequestedAt = at;
    }

    /** The extension decided: approved moves the due date in force (the original stays on record). */
    public void extensionDecided(boolean approved) {
        if (approved) {
            dueDate = extensionTo;
            remindedFor = null;
        }
        extensionTo = null;
        extensionReason = null;
        extensionRequestedAt = null;
    }

    public void reminded(LocalDate due) {
        remindedFor = due;
    }

    public void escalate(int level, Instant at) {
        escalationLevel = level;
        escalatedAt = at;
    }

    public boolean extensionPending() {
        return extensionTo != null;
    }

    public Long getId() { return id; }
    public Long getMatterId() { return matterId; }
    public Long getUnitId() { return unitId; }
    public Long getHolderPositionId() { return holderPositionId; }
    public boolean isKept() { return kept; }
    public String getShareText() { return shareText; }
    public LocalDate getDueDate() { return dueDate; }
    public LocalDate getOriginalDueDate() { return originalDueDate; }
    public PartStatus getStatus() { return status; }
    public int getPercent() { return percent; }
    public ProgressStatus getProgressStatus() { return progressStatus; }
    public Instant getAssignedAt() { return assignedAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public String getFinalText() { return finalText; }
    public Instant getReportedAt() { return reportedAt; }
    public Instant getDoneAt() { return doneAt; }
    public LocalDate getExtensionTo() { return extensionTo; }
    public String getExtensionReason() { return extensionReason; }
    public LocalDate getRemindedFor() { return remindedFor; }
    public int getEscalationLevel() { return escalationLevel; }
    public Instant getEscalatedAt() { return escalatedAt; }
}
