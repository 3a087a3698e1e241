package th.tidtam.orders.domain;

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
import th.tidtam.orders.OrderKind;
import th.tidtam.orders.OrderStatus;

/** A provincial order: its text, what it acts on, and — once signed — its number, signer and what signing recorded. */
@Entity
@Table(name = "provincial_order")
public class ProvincialOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The province whose order it is (its drafter's): numbered in its series, seen only by its people. */
    @Column(name = "province_id", nullable = false, updatable = false)
    private Long provinceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrderKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrderStatus status = OrderStatus.DRAFT;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String reasons;

    @Column(name = "ordered_text", length = 4000)
    private String orderedText;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "position_id")
    private Long positionId;

    @Column(name = "person_id")
    private Long personId;

    @Column(length = 255)
    private String matters;

    @Column(name = "annex_text", length = 4000)
    private String annexText;

    @Column(name = "body_code", length = 32)
    private String bodyCode;

    @Column(name = "body_name_th")
    private String bodyNameTh;

    @Column(name = "body_name_en")
    private String bodyNameEn;

    @Column(name = "chair_position_id")
    private Long chairPositionId;

    @Column(name = "secretary_unit_id")
    private Long secretaryUnitId;

    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(name = "body_id")
    private Long bodyId;

    private Integer seq;

    @Column(name = "be_year")
    private Integer beYear;

    @Column(length = 16)
    private String number;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Embedded
    @AttributeOverrides({ @AttributeOverride(name = "personId", column = @Column(name = "signed_by_person_id")),
            @AttributeOverride(name = "positionId", column = @Column(name = "signed_by_position_id")),
            @AttributeOverride(name = "capacity", column = @Column(name = "signed_by_capacity")) })
    private ActorStamp signedBy;

    @Embedded
    @AttributeOverrides({ @AttributeOverride(name = "personId", column = @Column(name = "drafted_by_person_id")),
            @AttributeOverride(name = "positionId", column = @Column(name = "drafted_by_position_id")),
            @AttributeOverride(name = "capacity", column = @Column(name = "drafted_by_capacity")) })
    private ActorStamp draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "in_force_at")
    private Instant inForceAt;

    @Column(name = "cancel_reason", length = 2000)
    private String cancelReason;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Version
    private long version;

    protected ProvincialOrder() {
    }

    public ProvincialOrder(long provinceId, OrderKind kind, ActorStamp draftedBy, Instant draftedAt) {
        this.provinceId = provinceId;
        this.kind = kind;
        this.draftedBy = draftedBy;
        this.draftedAt = draftedAt;
    }

    /** The text every kind has. */
    public void describe(String subject, String reasons, String orderedText, LocalDate effectiveFrom, LocalDate effectiveTo) {
        this.subject = subject;
        this.reasons = reasons;
        this.orderedText = orderedText;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
    }

    /** ACTING / DELEGATION: who, for which position, and (DELEGATION) which matters with the annex text. */
    public void appoint(Long positionId, Long personId, String matters, String annexText) {
        this.positionId = positionId;
        this.personId = personId;
        this.matters = matters;
        this.annexText = annexText;
    }

    /** COMMITTEE: the body to set up. */
    public void committee(String bodyCode, String bodyNameTh, String bodyNameEn, Long chairPositionId, Long secretaryUnitId) {
        this.bodyCode = bodyCode;
        this.bodyNameTh = bodyNameTh;
        this.bodyNameEn = bodyNameEn;
        this.chairPositionId = chairPositionId;
        this.secretaryUnitId = secretaryUnitId;
    }

    public void sign(int seq, int beYear, LocalDate signedOn, ActorStamp signedBy, Instant signedAt) {
        this.seq = seq;
        this.beYear = beYear;
        this.number = seq + "/" + beYear;
        this.signedOn = signedOn;
        this.signedBy = signedBy;
        this.signedAt = signedAt;
        this.status = OrderStatus.SIGNED;
    }

    public void recorded(Long assignmentId, Long bodyId) {
        this.assignmentId = assignmentId;
        this.bodyId = bodyId;
    }

    public void inForce(Instant at) {
        this.status = OrderStatus.IN_FORCE;
        this.inForceAt = at;
    }

    public void cancel(String reason, Instant at) {
        this.status = OrderStatus.CANCELLED;
        this.cancelReason = reason;
        this.cancelledAt = at;
    }

    public void setStatus(OrderStatus status) { this.status = status; }
    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }

    public Long getId() { return id; }
    public Long getProvinceId() { return provinceId; }
    public OrderKind getKind() { return kind; }
    public OrderStatus getStatus() { return status; }
    public String getSubject() { return subject; }
    public String getReasons() { return reasons; }
    public String getOrderedText() { return orderedText; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public LocalDate getEffectiveTo() { return effectiveTo; }
    public Long getPositionId() { return positionId; }
    public Long getPersonId() { return personId; }
    public String getMatters() { return matters; }
    public String getAnnexText() { return annexText; }
    public String getBodyCode() { return bodyCode; }
    public String getBodyNameTh() { return bodyNameTh; }
    public String getBodyNameEn() { return bodyNameEn; }
    public Long getChairPositionId() { return chairPositionId; }
    public Long getSecretaryUnitId() { return secretaryUnitId; }
    public Long getAssignmentId() { return assignmentId; }
    public Long getBodyId() { return bodyId; }
    public Integer getSeq() { return seq; }
    public Integer getBeYear() { return beYear; }
    public String getNumber() { return number; }
    public LocalDate getSignedOn() { return signedOn; }
    public Instant getSignedAt() { return signedAt; }
    public ActorStamp getSignedBy() { return signedBy; }
    public ActorStamp getDraftedBy() { return draftedBy; }
    public Instant getDraftedAt() { return draftedAt; }
    public Instant getInForceAt() { return inForceAt; }
    public String getCancelReason() { return cancelReason; }
    public Instant getCancelledAt() { return cancelledAt; }
    public String getProcessInstanceId() { return processInstanceId; }
}
