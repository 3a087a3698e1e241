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
import jakarta.persistence.Version;

import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.CaseRef;

/**
 * One comment on a case or one of its parts. The fields are named {@code caseType}/{@code caseId} and
 * {@code secrecy} on purpose: the audit trail recognises them and masks the text of a classified case's comment.
 */
@Entity
@Table(name = "case_comment")
class CaseComment {

    static final int MAX_BODY = 4000;
    static final String CLASSIFIED = "CLASSIFIED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_type", nullable = false, length = CaseRef.MAX_TYPE)
    private String caseType;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "part_id")
    private Long partId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "personId", column = @Column(name = "author_person_id", nullable = false)),
            @AttributeOverride(name = "positionId", column = @Column(name = "author_position_id", nullable = false)),
            @AttributeOverride(name = "capacity", column = @Column(name = "author_capacity", length = 16)) })
    private ActorStamp author;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(length = 16)
    private String secrecy;

    @Column(name = "client_key", nullable = false, length = 64)
    private String clientKey;

    @Version
    private long version;

    protected CaseComment() {
    }

    CaseComment(CaseRef ref, Long partId, ActorStamp author, String body, Instant createdAt, boolean classified,
            String clientKey) {
        this.caseType = ref.type();
        this.caseId = ref.id();
        this.partId = partId;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
        this.secrecy = classified ? CLASSIFIED : null;
        this.clientKey = clientKey;
    }

    /** Replaces the text; the caller keeps the earlier one as a revision first. */
    void edit(String newBody, Instant at) {
        this.body = newBody;
        this.editedAt = at;
    }

    Long getId() { return id; }
    CaseRef getRef() { return CaseRef.of(caseType, caseId); }
    Long getPartId() { return partId; }
    ActorStamp getAuthor() { return author; }
    String getBody() { return body; }
    Instant getCreatedAt() { return createdAt; }
    Instant getEditedAt() { return editedAt; }
    boolean isClassified() { return secrecy != null; }
    long getVersion() { return version; }
}
