package th.tidtam.letters.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

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
import th.tidtam.letters.LetterStatus;
import th.tidtam.org.SecrecyClass;

/**
 * One letter of the incoming register. Its number and year never change once given; the sender's particulars may be
 * corrected by the correspondence section. The field {@code secrecy} makes the audit trail mask its free text when
 * the letter is classified.
 */
@Entity
@Table(name = "letter_in")
public class IncomingLetter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The province whose register holds the letter (the registering clerk's): numbered and seen there only. */
    @Column(name = "province_id", nullable = false, updatable = false)
    private Long provinceId;

    @Column(name = "received_year", nullable = false, updatable = false)
    private int receivedYear;

    @Column(name = "received_number", nullable = false, updatable = false)
    private int receivedNumber;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    @Column(name = "sender_number", nullable = false, length = 64)
    private String senderNumber;

    @Column(name = "sender_date", nullable = false)
    private LocalDate senderDate;

    @Column(name = "from_party", nullable = false, length = 500)
    private String fromParty;

    @Column(name = "to_party", nullable = false, length = 500)
    private String toParty;

    @Column(nullable = false, length = 500)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SecrecyClass secrecy;

    @Column(length = 2000)
    private String attachments;

    @Column(name = "action_taken", length = 4000)
    private String actionTaken;

    @Column(length = 2000)
    private String remarks;

    @Column(nullable = false)
    private boolean duplicate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LetterStatus status = LetterStatus.WITH_HANDLER;

    @Column(name = "handler_position_id")
    private Long handlerPositionId;

    @Column(name = "external_id", length = 100, updatable = false)
    private String externalId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "personId", column = @Column(name = "registered_person_id")),
            @AttributeOverride(name = "positionId", column = @Column(name = "registered_position_id")),
            @AttributeOverride(name = "capacity", column = @Column(name = "registered_capacity", length = 16)) })
    private ActorStamp registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "search_text", columnDefinition = "text")
    private String searchText;

    /** Two people filing or handing on the same letter at once: the second is refused, not lost. */
    @Version
    private long version;

    protected IncomingLetter() {
    }

    public IncomingLetter(long provinceId, int receivedYear, int receivedNumber, String externalId, ActorStamp registeredBy,
            Instant registeredAt) {
        this.provinceId = provinceId;
        this.receivedYear = receivedYear;
        this.receivedNumber = receivedNumber;
        this.externalId = externalId;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    /** The particulars of the letter as received (ตรารับ and the register's columns). */
    public void describe(LocalDateTime receivedAt, String senderNumber, LocalDate senderDate, String fromParty, String toParty,
            String subject, Urgency urgency, SecrecyClass secrecy, String attachments, String remarks) {
        this.receivedAt = receivedAt;
        this.senderNumber = senderNumber;
        this.senderDate = senderDate;
        this.fromParty = fromParty;
        this.toParty = toParty;
        this.subject = subject;
        this.urgency = urgency;
        this.secrecy = secrecy;
        this.attachments = attachments;
        this.remarks = remarks;
    }

    public void setDuplicate(boolean duplicate) { this.duplicate = duplicate; }
    public void setStatus(LetterStatus status) { this.status = status; }
    public void setHandlerPositionId(Long handlerPositionId) { this.handlerPositionId = handlerPositionId; }
    public void setActionTaken(String actionTaken) { this.actionTaken = actionTaken; }
    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
    public void setSearchText(String searchText) { this.searchText = searchText; }

    public Long getId() { return id; }
    public Long getProvinceId() { return provinceId; }
    public int getReceivedYear() { return receivedYear; }
    public int getReceivedNumber() { return receivedNumber; }
    public LocalDateTime getReceivedAt() { return receivedAt; }
    public String getSenderNumber() { return senderNumber; }
    public LocalDate getSenderDate() { return senderDate; }
    public String getFromParty() { return fromParty; }
    public String getToParty() { return toParty; }
    public String getSubject() { return subject; }
    public Urgency getUrgency() { return urgency; }
    public SecrecyClass getSecrecy() { return secrecy; }
    public String getAttachments() { return attachments; }
    public String getActionTaken() { return actionTaken; }
    public String getRemarks() { return remarks; }
    public boolean isDuplicate() { return duplicate; }
    public LetterStatus getStatus() { return status; }
    public Long getHandlerPositionId() { return handlerPositionId; }
    public String getExternalId() { return externalId; }
    public ActorStamp getRegisteredBy() { return registeredBy; }
    public Instant getRegisteredAt() { return registeredAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getSearchText() { return searchText; }
}
