package th.tidtam.casework.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file of the case (the core's {@code case_attachment}) that was posted with one comment. */
@Entity
@Table(name = "case_comment_attachment")
class CaseCommentAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "comment_id", nullable = false)
    private Long commentId;

    @Column(name = "attachment_id", nullable = false)
    private Long attachmentId;

    protected CaseCommentAttachment() {
    }

    CaseCommentAttachment(Long commentId, Long attachmentId) {
        this.commentId = commentId;
        this.attachmentId = attachmentId;
    }

    Long getCommentId() { return commentId; }
    Long getAttachmentId() { return attachmentId; }
}
