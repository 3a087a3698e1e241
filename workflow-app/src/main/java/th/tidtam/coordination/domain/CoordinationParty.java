package th.tidtam.coordination.domain;

import java.time.Instant;

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
import th.tidtam.coordination.PartyKind;
import th.tidtam.org.SecrecyClass;

/**
 * One agency or partner asked by a request, and its answer: given once, never changed. The field {@code secrecy}
 * (the request's) makes the audit trail mask the answer of a classified request.
 */
@Entity
@Table(name = "coordination_party")
public class CoordinationParty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private PartyKind kind;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "partner_id")
    private Long partnerId;

    @Column(name = "name_th", nullable = false, length = 500)
    private String nameTh;

    @Column(name = "name_en", length = 500)
    private String nameEn;

    @Column(name = "head_position_id")
    private Long headPositionId;

    @Column(nullable = false, length = 16)
    private String status = "OPEN";

    @Column(columnDefinition = "text")
    private String answer;

    @Column(name = "nominee_name", length = 200)
    private String nomineeName;
    @Column(name = "nominee_position", length = 200)
    private String nomineePosition;
    @Column(name = "nominee_phone", length = 40)
    private String nomineePhone;
    @Column(name = "answerer_name", length = 200)
    private String answererName;
    @Column(name = "answerer_position", length = 200)
    private String answererPosition;
    @Column(name = "answerer_phone", length = 40)
    private String answererPhone;

    @Embedded
    @AttributeOverrides({ @AttributeOverride(name = "personId", column = @Column(name = "answered_person_id")),
            @AttributeOverride(name = "positionId", column = @Column(name = "answered_position_id")),
            @AttributeOverride(name = "capacity", column = @Column(name = "answered_capacity")) })
    private ActorStamp answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "on_time")
    private Boolean onTime;

    @Column(nullable = false)
    private boolean reminded;

    @Column(name = "escalation_level", nullable = false)
    private int escalationLevel;

    @Column(name = "escalated_to_position_id")
    private Long escalatedToPositionId;

    @Column(name = "link_id")
    private Long linkId;

    @Column(name = "link_expires_at")
    private Instant linkExpiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SecrecyClass secrecy;

    @Version
    private long version;

    protected CoordinationParty() {
    }

    public static CoordinationParty agency(Long requestId, Long unitId, String nameTh, String nameEn, Long headPositionId,
            SecrecyClass secrecy) {
        CoordinationParty p = new CoordinationParty(requestId, PartyKind.AGENCY, nameTh, nameEn, secrecy);
        p.unitId = unitId;
        p.headPositionId = headPositionId;
        return p;
    }

    public static CoordinationParty partner(Long requestId, Long partnerId, String nameTh, String nameEn) {
        CoordinationParty p = new CoordinationParty(requestId, PartyKind.PARTNER, nameTh, nameEn, SecrecyClass.NONE);
        p.partnerId = partnerId;
        return p;
    }

    private CoordinationParty(Long requestId, PartyKind kind, String nameTh, String nameEn, SecrecyClass secrecy) {
        this.requestId = requestId;
        this.kind = kind;
        this.nameTh = nameTh;
        this.nameEn = nameEn;
        this.secrecy = secrecy;
    }

    public void answer(String answer, String nomineeName, String nomineePosition, String nomineePhone,
            String answererName, String answererPosition, String answererPhone, ActorStamp by, Instant at, boolean onTime) {
        this.status = "ANSWERED";
        this.answer = answer;
        this.nomineeName = nomineeName;
        this.nomineePosition = nomineePosition;
        this.nomineePhone = nomineePhone;
        this.answererName = answererName;
        this.answererPosition = answererPosition;
        this.answererPhone = answererPhone;
        this.answeredBy = by;
        this.answeredAt = at;
        this.onTime = onTime;
    }

    public void escalate(int level, Long positionId) {
        this.escalationLevel = level;
        this.escalatedToPositionId = positionId;
    }

    public void link(Long linkId, Instant expiresAt) {
        this.linkId = linkId;
        this.linkExpiresAt = expiresAt;
    }

    public void setReminded(boolean reminded) { this.reminded = reminded; }
    public void setSecrecy(SecrecyClass secrecy) { this.secrecy = secrecy; }

    public boolean isAnswered() { return "ANSWERED".equals(status); }
    public Long getId() { return id; }
    public Long getRequestId() { return requestId; }
    public PartyKind getKind() { return kind; }
    public Long getUnitId() { return unitId; }
    public Long getPartnerId() { return partnerId; }
    public String getNameTh() { return nameTh; }
    public String getNameEn() { return nameEn; }
    public Long getHeadPositionId() { return headPositionId; }
    public String getAnswer() { return answer; }
    public String getNomineeName() { return nomineeName; }
    public String getNomineePosition() { return nomineePosition; }
    public String getNomineePhone() { return nomineePhone; }
    public String getAnswererName() { return answererName; }
    public String getAnswererPosition() { return answererPosition; }
    public String getAnswererPhone() { return answererPhone; }
    public ActorStamp getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Boolean getOnTime() { return onTime; }
    public boolean isReminded() { return reminded; }
    public int getEscalationLevel() { return escalationLevel; }
    public Long getEscalatedToPositionId() { return escalatedToPositionId; }
    public Long getLinkId() { return linkId; }
    public Instant getLinkExpiresAt() { return linkExpiresAt; }
    public SecrecyClass getSecrecy() { return secrecy; }
}
