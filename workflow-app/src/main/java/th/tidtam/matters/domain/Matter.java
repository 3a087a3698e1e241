package th.tidtam.matters.domain;

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
import th.tidtam.matters.MatterSource;
import th.tidtam.matters.MatterStatus;
import th.tidtam.org.SecrecyClass;

/** An unowned matter: what it is, where it came from, and where it stands. */
@Entity
@Table(name = "matter")
public class Matter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** the registering position's province; set once on create (numbers and visibility are per province) */
    @Column(name = "province_id", updatable = false)
    private Long provinceId;

    @Column(nullable = false)
    private int seq;

    @Column(name = "be_year", nullable = false)
    private int beYear;

    @Column(nullable = false, length = 16)
    private String number;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MatterSource source;

    @Column(name = "source_ref", length = 255)
    private String sourceRef;

    @Column(name = "letter_id")
    private Long letterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Urgency urgency;

    /** named {@code secrecy} so that the audit trail masks the free text of a classified matter */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SecrecyClass secrecy;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MatterStatus status = MatterStatus.TRIAGE;

    @Embedded
    @AttributeOverrides({ @AttributeOverride(name = "personId", column = @Column(name = "registered_by_person_id")),
            @AttributeOverride(name = "positionId", column = @Column(name = "registered_by_position_id")),
            @AttributeOverride(name = "capacity", column = @Column(name = "registered_by_capacity")) })
    private ActorStamp registeredBy;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "search_text", length = 6000)
    private String searchText;

    @Version
    private long version;

    protected Matter() {
    }

    public Matter(int beYear, int seq, String subject, String description, MatterSource source, String sourceRef,
            Long letterId, Urgency urgency, SecrecyClass secrecy, LocalDate receivedOn, ActorStamp registeredBy,
            Instant registeredAt) {
        this.beYear = beYear;
        this.seq = seq;
        this.number = seq + "/" + beYear;
        this.subject = subject;
        this.description = description;
        this.source = source;
        this.sourceRef = sourceRef;
        this.letterId = letterId;
        this.urgency = urgency;
        this.secrecy = secrecy;
        this.receivedOn = receivedOn;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    public void started(String processInstanceId, String searchText) {
        this.processInstanceId = processInstanceId;
        this.searchText = searchText;
    }

    public void triaged(LocalDate dueDate) {
        this.status = MatterStatus.OPEN;
        this.dueDate = dueDate;
    }

    public void close(Instant at) {
        this.status = MatterStatus.CLOSED;
        this.closedAt = at;
    }

    public Long getId() { return id; }
    public Long getProvinceId() { return provinceId; }
    public void setProvinceId(Long provinceId) { this.provinceId = provinceId; }
    public int getSeq() { return seq; }
    public int getBeYear() { return beYear; }
    public String getNumber() { return number; }
    public String getSubject() { return subject; }
    public String getDescription() { return description; }
    public MatterSource getSource() { return source; }
    public String getSourceRef() { return sourceRef; }
    public Long getLetterId() { return letterId; }
    public Urgency getUrgency() { return urgency; }
    public SecrecyClass getSecrecy() { return secrecy; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public LocalDate getDueDate() { return dueDate; }
    public MatterStatus getStatus() { return status; }
    public ActorStamp getRegisteredBy() { return registeredBy; }
    public Instant getRegisteredAt() { return registeredAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getSearchText() { return searchText; }
    public long getVersion() { return version; }
}
