package th.tidtam.directive.domain;

import th.tidtam.directive.Progress;
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

/** A unit's part of a directive, held by a position. The original due date stays on record after extensions. */
@Entity
@Table(name = "directive_part")
public class DirectivePart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "directive_id", nullable = false)
    private Long directiveId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private boolean lead;

    @Column(nullable = false)
    private int round;

    @Column(name = "holder_position_id", nullable = false)
    private Long holderPositionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PartStatus status = PartStatus.ASSIGNED;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "original_due_date", nullable = false)
    private LocalDate originalDueDate;

    @Column(name = "escalation_level", nullable = false)
    private int escalationLevel;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "extension_requested_due")
    private LocalDate extensionRequestedDue;

    @Column(name = "extension_reason", length = 2000)
    private String extensionReason;

    @Column(name = "worker_position_id")
    private Long workerPositionId;

    @Column(name = "delegated_by_position_id")
    private Long delegatedByPositionId;

    @Column(name = "acknowledge_due")
    private LocalDate acknowledgeDue;

    @Column(name = "report_due")
    private LocalDate reportDue;

    @Column(name = "reminded_for")
    private LocalDate remindedFor;

    @Column(name = "escalated_to_position_id")
    private Long escalatedToPositionId;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "last_report_percent")
    private Integer lastReportPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_report_status", length = 16)
    private Progress lastReportStatus;

    @Column(name = "waiting_on_unit_id")
    private Long waitingOnUnitId;

    @Column(name = "waiting_since")
    private LocalDate waitingSince;

    @Column(name = "waiting_reason", length = 500)
    private String waitingReason;

    @Column(name = "waiting_working_days", nullable = false)
    private int waitingWorkingDays;

    @Version
    private long version;

    protected DirectivePart() {
    }

    public DirectivePart(Long directiveId, Long unitId, boolean lead, int round, Long holderPositionId, LocalDate dueDate) {
        this.directiveId = directiveId;
        this.unitId = unitId;
        this.lead = lead;
        this.round = round;
        this.holderPositionId = holderPositionId;
        this.dueDate = dueDate;
        this.originalDueDate = dueDate;
    }

    public Long getId() { return id; }
    public Long getDirectiveId() { return directiveId; }
    public Long getUnitId() { return unitId; }
    public boolean isLead() { return lead; }
    public int getRound() { return round; }
    public Long getHolderPositionId() { return holderPositionId; }
    public void setHolderPositionId(Long holderPositionId) { this.holderPositionId = holderPositionId; }
    public PartStatus getStatus() { return status; }
    public void setStatus(PartStatus status) { this.status = status; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public LocalDate getOriginalDueDate() { return originalDueDate; }
    public int getEscalationLevel() { return escalationLevel; }
    public void setEscalationLevel(int escalationLevel) { this.escalationLevel = escalationLevel; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
    public void setAcknowledgedAt(Instant acknowledgedAt) { this.acknowledgedAt = acknowledgedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public LocalDate getExtensionRequestedDue() { return extensionRequestedDue; }
    public String getExtensionReason() { return extensionReason; }

    public void requestExtension(LocalDate due, String reason) {
        this.extensionRequestedDue = due;
        this.extensionReason = reason;
    }

    public void clearExtensionRequest() {
        this.extensionRequestedDue = null;
        this.extensionReason = null;
    }
    public void setFinishedAt(Instant finishedAt) { this.finishedAt = finishedAt; }

    /** The position doing the work now: the delegate, or the holder when the part was not delegated. */
    public Long getWorkerPositionId() { return workerPositionId == null ? holderPositionId : workerPositionId; }
    public boolean isDelegated() { return workerPositionId != null; }
    public Long getDelegatedByPositionId() { return delegatedByPositionId; }

    public void delegate(Long from, Long to) {
        this.delegatedByPositionId = from;
        this.workerPositionId = to;
    }

    public LocalDate getAcknowledgeDue() { return acknowledgeDue; }
    public void setAcknowledgeDue(LocalDate acknowledgeDue) { this.acknowledgeDue = acknowledgeDue; }
    public LocalDate getReportDue() { return reportDue; }
    public void setReportDue(LocalDate reportDue) { this.reportDue = reportDue; }
    public LocalDate getRemindedFor() { return remindedFor; }
    public void setRemindedFor(LocalDate remindedFor) { this.remindedFor = remindedFor; }
    public Long getEscalatedToPositionId() { return escalatedToPositionId; }
    public Instant getEscalatedAt() { return escalatedAt; }

    public void escalate(int level, Long to, Instant at) {
        this.escalationLevel = level;
        this.escalatedToPositionId = to;
        this.escalatedAt = at;
    }

    /** A new due date in force starts the escalation over: the part is on time again. */
    public void clearEscalation() {
        this.escalationLevel = 0;
        this.escalatedToPositionId = null;
        this.escalatedAt = null;
    }

    public Integer getLastReportPercent() { return lastReportPercent; }
    public Progress getLastReportStatus() { return lastReportStatus; }

    public void progressReported(Progress status, int percent) {
        this.lastReportStatus = status;
        this.lastReportPercent = percent;
    }

    public Long getWaitingOnUnitId() { return waitingOnUnitId; }
    public LocalDate getWaitingSince() { return waitingSince; }
    public String getWaitingReason() { return waitingReason; }
    /** Working days spent waiting on other agencies in earlier, ended waits (the open wait is not counted yet). */
    public int getWaitingWorkingDays() { return waitingWorkingDays; }
    public boolean isWaiting() { return waitingSince != null; }

    public void startWaiting(Long unitId, LocalDate since, String reason) {
        this.waitingOnUnitId = unitId;
        this.waitingSince = since;
        this.waitingReason = reason;
    }

    /** Ends the wait, adding its working days to the total kept apart from the part's own time. */
    public void stopWaiting(int workingDaysWaited) {
        this.waitingWorkingDays += Math.max(0, workingDaysWaited);
        this.waitingOnUnitId = null;
        this.waitingSince = null;
        this.waitingReason = null;
    }
}
