package th.tidtam.casework.discussion;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.CaseRef;

/** The text a comment had before one edit: written when, replaced when and by whom. Never changed afterwards. */
@Entity
@Table(name = "case_comment_revision")
class CaseCommentRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "comment_id", nullable = false)
    private Long commentId;

    @Column(name = "case_type", nullable = false, length = CaseRef.MAX_TYPE)
    private String caseType;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(nullable = false, length = CaseComment.MAX_BODY)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "personId", column = @Column(name = "editor_person_id", nullable = false)),
            @AttributeOverride(name = "positionId", column = @Column(name = "editor_position_id", nullable = false)),
            @AttributeOverride(name = "capacity", column = @Column(name = "editor_capacity", length = 16)) })
    private ActorStamp editor;

    @Column(length = 16)
    private String secrecy;

    protected CaseCommentRevision() {
    }

    CaseCommentRevision(CaseComment before, Instant replacedAt, ActorStamp editor) {
        this.commentId = before.getId();
        this.caseType = before.getRef().type();
        this.caseId = before.getRef().id();
        this.body = before.getBody();
        this.writtenAt = before.getEditedAt() == null ? before.getCreatedAt() : before.getEditedAt();
        this.replacedAt = replacedAt;
        this.editor = editor;
        this.secrecy = before.isClassified() ? CaseComment.CLASSIFIED : null;
    }

    Long getCommentId() { return commentId; }
    String getBody() { return body; }
    Instant getWrittenAt() { return writtenAt; }
    Instant getReplacedAt() { return replacedAt; }
    ActorStamp getEditor() { return editor; }
}
