package th.tidtam.casework.attachment;

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

/**
 * A file attached to a case of any type, optionally to one of its parts (a unit's share of the work) or to one report
 * filed on such a part. The core stores the owner as plain columns and never interprets them: the case type's
 * {@link AttachmentPolicy} decides whether a part or report belongs to the case. The user's file name is kept as text
 * only; the bytes are stored under a random key so that no name a user types ever reaches the disk.
 */
@Entity
@Table(name = "case_attachment")
public class CaseAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_type", nullable = false, length = CaseRef.MAX_TYPE)
    private String caseType;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "part_id")
    private Long partId;

    @Column(name = "report_id")
    private Long reportId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 127)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, columnDefinition = "char(64)")
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 64)
    private String storageKey;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "personId", column = @Column(name = "uploaded_by_person_id", nullable = false)),
            @AttributeOverride(name = "positionId", column = @Column(name = "uploaded_by_position_id", nullable = false)),
            @AttributeOverride(name = "capacity", column = @Column(name = "uploaded_capacity", nullable = false, length = 16)) })
    private ActorStamp uploadedBy;

    protected CaseAttachment() {
    }

    CaseAttachment(CaseRef owner, Long partId, Long reportId, String fileName, String contentType, long sizeBytes,
            String sha256, String storageKey, Instant uploadedAt, ActorStamp uploadedBy) {
        this.caseType = owner.type();
        this.caseId = owner.id();
        this.partId = partId;
        this.reportId = reportId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public Long getId() { return id; }
    public CaseRef getOwner() { return CaseRef.of(caseType, caseId); }
    public Long getPartId() { return partId; }
    public Long getReportId() { return reportId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getStorageKey() { return storageKey; }
    public Instant getUploadedAt() { return uploadedAt; }
    public ActorStamp getUploadedBy() { return uploadedBy; }
}
