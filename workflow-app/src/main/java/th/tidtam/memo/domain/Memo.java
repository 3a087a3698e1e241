package th.tidtam.memo.domain;

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
import th.tidtam.memo.Decision;
import th.tidtam.memo.MemoPurpose;
import th.tidtam.memo.MemoStatus;
import th.tidtam.org.SecrecyClass;

/** One บันทึกข้อความ, numbered N/BE-year, and where it stands on its way up the chain. */
@Entity
@Table(name = "memo")
public class Memo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The province the memo belongs to (the drafter's): numbered in its series, seen only by its people. */
    @Column(name = "province_id", nullable = false, updatable = false)
    private Long provinceId;

    @Column(nullable = false)
    private int seq;

    @Column(name = "be_year", nullable = false)
    private int beYear;

    @Column(nullable = false, length = 16)
    private String number;

    @Column(nullable = false, length = 500)
    private String agency;

    @Column(name = "reference_no", length = 100)
    private String referenceNo;

    @Column(name = "memo_date", nullable = false)
    private LocalDate memoDate;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(nullable = false)
    private String salutation;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MemoPurpose purpose;

    @Column(nullable = false, length = 32)
    private String matter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SecrecyClass secrecy;

    @Column(name = "subject_type", length = 32)
    private String subjectType;

    @Column(name = "subject_id")
    private Long subjectId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "personId", column = @Column(name = "drafter_person_id")),
            @AttributeOverride(name = "positionId", column = @Column(name = "drafter_position_id")),
            @AttributeOverride(name = "capacity", column = @Column(name = "drafter_capacity")) })
    private ActorStamp drafter;

    @Column(name = "addressee_position_id", nullable = false)
    private Long addresseePositionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MemoStatus status = MemoStatus.DRAFT;

    @Column(name = "at_position_id")
    private Long atPositionId;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Decision decision;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "directive_id")
    private Long directiveId;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "search_text", columnDefinition = "text")
    private String searchText;

    @Version
    private long version;

    protected Memo() {
    }

    public Memo(long provinceId, int seq, int beYear, ActorStamp drafter, Instant now) {
        this.provinceId = provinceId;
        this.seq = seq;
        this.beYear = beYear;
        this.number = seq + "/" + beYear;
        this.drafter = drafter;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The memo's text as drafted or corrected. */
    public void write(MemoText text, Instant now) {
        this.agency = text.agency();
        this.referenceNo = text.referenceNo();
        this.memoDate = text.memoDate();
        this.subject = text.subject();
        this.salutation = text.salutation();
        this.body = text.body();
        this.purpose = text.purpose();
        this.matter = text.matter();
        this.urgency = text.urgency();
        this.secrecy = text.secrecy();
        this.addresseePositionId = text.addresseePositionId();
        this.updatedAt = now;
    }

    public void about(String type, Long id) {
        this.subjectType = type;
        this.subjectId = id;
    }

    public void waitAt(Long positionId, Instant now) {
        this.status = MemoStatus.IN_CHAIN;
        this.atPositionId = positionId;
        this.updatedAt = now;
    }

    public void returned(Instant now) {
        this.status = MemoStatus.RETURNED;
        this.atPositionId = null;
        this.updatedAt = now;
    }

    public void decided(Decision decision, Long directiveId, Instant now) {
        this.status = MemoStatus.DECIDED;
        this.decision = decision;
        this.directiveId = directiveId;
        this.decidedAt = now;
        this.atPositionId = null;
        this.updatedAt = now;
    }

    public void withdrawn(Instant now) {
        this.status = MemoStatus.WITHDRAWN;
        this.atPositionId = null;
        this.updatedAt = now;
    }

    public void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void searchText(String text) {
        this.searchText = text;
    }

    public Long getId() { return id; }
    public Long getProvinceId() { return provinceId; }
    public int getSeq() { return seq; }
    public int getBeYear() { return beYear; }
    public String getNumber() { return number; }
    public String getAgency() { return agency; }
    public String getReferenceNo() { return referenceNo; }
    public LocalDate getMemoDate() { return memoDate; }
    public String getSubject() { return subject; }
    public String getSalutation() { return salutation; }
    public String getBody() { return body; }
    public MemoPurpose getPurpose() { return purpose; }
    public String getMatter() { return matter; }
    public Urgency getUrgency() { return urgency; }
    public SecrecyClass getSecrecy() { return secrecy; }
    public String getSubjectType() { return subjectType; }
    public Long getSubjectId() { return subjectId; }
    public ActorStamp getDrafter() { return drafter; }
    public Long getAddresseePositionId() { return addresseePositionId; }
    public MemoStatus getStatus() { return status; }
    public Long getAtPositionId() { return atPositionId; }
    public Decision getDecision() { return decision; }
    public Instant getDecidedAt() { return decidedAt; }
    public Long getDirectiveId() { return directiveId; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getSearchText() { return searchText; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
