package th.tidtam.directive.domain;

import th.tidtam.directive.Progress;
import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import th.tidtam.casework.ActorStamp;
import th.tidtam.org.AssignmentKind;

/**
 * An interim report on a unit's part (รายงานความก้าวหน้า): never closes anything; reviewed one level up, where it is
 * accepted or returned with a comment.
 */
@Entity
@Table(name = "progress_report")
public class ProgressReport {

    public enum Review { PENDING, ACCEPTED, RETURNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "directive_id", nullable = false)
    private Long directiveId;

    @Column(name = "part_id", nullable = false)
    private Long partId;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Embedded
    private ActorStamp by;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Progress progress;

    @Column(name = "percent_done", nullable = false)
    private int percentDone;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Column(length = 2000)
    private String obstacle;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_state", nullable = false, length = 16)
    private Review reviewState = Review.PENDING;

    @Column(name = "reviewer_position_id", nullable = false)
    private Long reviewerPositionId;

    @Column(name = "review_task_id", length = 64)
    private String reviewTaskId;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Embedded
    @AttributeOverride(name = "personId", column = @Column(name = "reviewed_by_person_id"))
    @AttributeOverride(name = "positionId", column = @Column(name = "reviewed_by_position_id"))
    @AttributeOverride(name = "capacity", column = @Column(name = "reviewed_capacity", length = 16))
    private ActorStamp reviewedBy;

    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    @Version
    private long version;

    protected ProgressReport() {
    }

    public ProgressReport(Long directiveId, Long partId, Instant reportedAt, Long personId, Long positionId,
            AssignmentKind capacity, Progress progress, int percentDone, String body, String obstacle,
            Long reviewerPositionId) {
        this.directiveId = directiveId;
        this.partId = partId;
        this.reportedAt = reportedAt;
        this.by = new ActorStamp(personId, positionId, capacity);
        this.progress = progress;
        this.percentDone = percentDone;
        this.body = body;
        this.obstacle = obstacle;
        this.reviewerPositionId = reviewerPositionId;
    }

    public void review(Review outcome, Instant at, Long personId, Long positionId, AssignmentKind capacity, String comment) {
        this.reviewState = outcome;
        this.reviewedAt = at;
        this.reviewedBy = new ActorStamp(personId, positionId, capacity);
        this.reviewComment = comment;
    }

    public void attachReviewTask(String taskId) { this.reviewTaskId = taskId; }

    public Long getId() { return id; }
    public Long getDirectiveId() { return directiveId; }
    public Long getPartId() { return partId; }
    public Instant getReportedAt() { return reportedAt; }
    public Long getPersonId() { return by.personId(); }
    public Long getPositionId() { return by.positionId(); }
    public AssignmentKind getCapacity() { return by.capacity(); }
    public ActorStamp getBy() { return by; }
    public Progress getProgress() { return progress; }
    public int getPercentDone() { return percentDone; }
    public String getBody() { return body; }
    public String getObstacle() { return obstacle; }
    public Review getReviewState() { return reviewState; }
    public Long getReviewerPositionId() { return reviewerPositionId; }
    public String getReviewTaskId() { return reviewTaskId; }
    public Instant getReviewedAt() { return reviewedAt; }
    public Long getReviewedByPersonId() { return reviewedBy == null ? null : reviewedBy.personId(); }
    public Long getReviewedByPositionId() { return reviewedBy == null ? null : reviewedBy.positionId(); }
    public AssignmentKind getReviewedCapacity() { return reviewedBy == null ? null : reviewedBy.capacity(); }
    public String getReviewComment() { return reviewComment; }
}
