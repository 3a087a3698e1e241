package th.tidtam.coordination.domain;

import java.time.Instant;
import java.time.LocalDate;

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
import jakarta.persistence.Version;

import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.Urgency;
import th.tidtam.coordination.AskKind;
import th.tidtam.coordination.RequestStatus;
import th.tidtam.org.SecrecyClass;

/**
 * A coordination request. Its number is given when it is sent and never changes; its text may change while it is a
 * draft. The field {@code secrecy} makes the audit trail mask its free text when it is classified.
 */
@Entity
@Table(name = "coordination_request")
public class CoordinationRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** the requester's province; set once on create (numbers and visibility are per province) */
    @Column(name = "province_id", updatable = false)
    private Long provinceId;

    @Column(name = "number_year")
    private Integer numberYear;

    @Column(name = "number_value")
    private Integer numberValue;

    @Column(nullable = false, length = 500)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "ask_kind", nullable = false, length = 16)
    private AskKind askKind;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SecrecyClass secrecy;

    @Column(name = "requester_position_id", nullable = false)
    private Long requesterPositionId;

    @Column(name = "requester_unit_id", nullable = false)
    private Long requesterUnitId;

    @Column(length = 500)
    private String contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RequestStatus status;

    @Column(columnDefinition = "text")
    private String result;

    @Column(name = "directive_id")
    private Long directiveId;

    @Column(name = "memo_id")
    private Long memoId;

    @Embedded
    @AttributeOverrides({ @AttributeOverride(name = "personId", column = @Column(name = "created_person_id")),
            @AttributeOverride(name = "positionId", column = @Column(name = "created_position_id")),
            @AttributeOverride(name = "capacity", column = @Column(name = "created_capacity")) })
    private ActorStamp createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "ready_at")
    private Instant readyAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "search_text", columnDefinition = "text")
    private String searchText;

    @Version
    private long version;

    protected CoordinationRequest() {
    }

    public CoordinationRequest(ActorStamp createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = RequestStatus.DRAFT;
    }

    public void describe(String subject, AskKind askKind, String body, LocalDate dueDate, Urgency urgency,
            SecrecyClass secrecy, Long requesterPositionId, Long requesterUnitId, String contact) {
        this.subject = subject;
        this.askKind = askKind;
        this.body = body;
        this.dueDate = dueDate;
        this.urgency = urgency;
        this.secrecy = secrecy;
        this.requesterPositionId = requesterPositionId;
        this.requesterUnitId = requesterUnitId;
        this.contact = contact;
    }

    public void send(int year, int number, Instant at, String processInstanceId) {
        this.numberYear = year;
        this.numberValue = number;
        this.sentAt = at;
        this.status = RequestStatus.SENT;
        this.processInstanceId = processInstanceId;
    }

    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }

    public void finish(RequestStatus status, String result, Instant at) {
        this.status = status;
        if (result != null) {
            this.result = result;
        }
        this.closedAt = at;
    }

    public void presented(String result, Long memoId) {
        this.status = RequestStatus.CONSOLIDATED;
        this.result = result;
        this.memoId = memoId;
    }

    public void setReadyAt(Instant readyAt) { this.readyAt = readyAt; }
    public Instant getReadyAt() { return readyAt; }
    public void setResult(String result) { this.result = result; }
    public void setDirectiveId(Long directiveId) { this.directiveId = directiveId; }
    public void setMemoId(Long memoId) { this.memoId = memoId; }
    public void setSearchText(String searchText) { this.searchText = searchText; }

    public Long getId() { return id; }
    public Long getProvinceId() { return provinceId; }
    public void setProvinceId(Long provinceId) { this.provinceId = provinceId; }
    public Integer getNumberYear() { return numberYear; }
    public Integer getNumberValue() { return numberValue; }
    public String getSubject() { return subject; }
    public AskKind getAskKind() { return askKind; }
    public String getBody() { return body; }
    public LocalDate getDueDate() { return dueDate; }
    public Urgency getUrgency() { return urgency; }
    public SecrecyClass getSecrecy() { return secrecy; }
    public Long getRequesterPositionId() { return requesterPositionId; }
    public Long getRequesterUnitId() { return requesterUnitId; }
    public String getContact() { return contact; }
    public RequestStatus getStatus() { return status; }
    public String getResult() { return result; }
    public Long getDirectiveId() { return directiveId; }
    public Long getMemoId() { return memoId; }
    public ActorStamp getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getSearchText() { return searchText; }
}
