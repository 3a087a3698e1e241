package th.tidtam.casework.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import th.tidtam.casework.CaseRef;

/** A position one comment mentions; the position was told through an alert when the comment was posted. */
@Entity
@Table(name = "case_comment_mention")
class CaseCommentMention {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "comment_id", nullable = false)
    private Long commentId;

    @Column(name = "case_type", nullable = false, length = CaseRef.MAX_TYPE)
    private String caseType;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "position_id", nullable = false)
    private Long positionId;

    protected CaseCommentMention() {
    }

    CaseCommentMention(Long commentId, CaseRef ref, Long positionId) {
        this.commentId = commentId;
        this.caseType = ref.type();
        this.caseId = ref.id();
        this.positionId = positionId;
    }

    Long getCommentId() { return commentId; }
    Long getPositionId() { return positionId; }
}
