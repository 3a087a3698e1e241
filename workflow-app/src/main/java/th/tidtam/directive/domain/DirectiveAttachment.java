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

import th.tidtam.org.AssignmentKind;

/**
 * A file attached to a directive, optionally to one unit's part or one of its reports. The user's file name is
 * kept as text only; the bytes are stored under a random key so that no name a user types ever reaches the disk.
 */
@Entity
@Table(name = "directive_attachment")
public class DirectiveAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "directive_id", nullable = false)
    private Long directiveId;

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

    @Column(name = "uploaded_by_person_id", nullable = false)
    private Long uploadedByPersonId;

    @Column(name = "uploaded_by_position_id", nullable = false)
    private Long uploadedByPositionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "uploaded_capacity", nullable = false, length = 16)
    private AssignmentKind uploadedCapacity;

    protected DirectiveAttachment() {
    }

    public DirectiveAttachment(Long directiveId, Long partId, Long reportId, String fileName, String contentType,
            long sizeBytes, String sha256, String storageKey, Instant uploadedAt, Long uploadedByPersonId,
            Long uploadedByPositionId, AssignmentKind uploadedCapacity) {
        this.directiveId = directiveId;
        this.partId = partId;
        this.reportId = reportId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedAt = uploadedAt;
        this.uploadedByPersonId = uploadedByPersonId;
        this.uploadedByPositionId = uploadedByPositionId;
        this.uploadedCapacity = uploadedCapacity;
    }

    public Long getId() { return id; }
    public Long getDirectiveId() { return directiveId; }
    public Long getPartId() { return partId; }
    public Long getReportId() { return reportId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getStorageKey() { return storageKey; }
    public Instant getUploadedAt() { return uploadedAt; }
    public Long getUploadedByPersonId() { return uploadedByPersonId; }
    public Long getUploadedByPositionId() { return uploadedByPositionId; }
    public AssignmentKind getUploadedCapacity() { return uploadedCapacity; }
}
