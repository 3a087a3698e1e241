package th.tidtam.directive.domain;

import th.tidtam.directive.Cadence;
import th.tidtam.directive.SourceKind;
import th.tidtam.casework.Urgency;
import th.tidtam.org.SecrecyClass;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
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
import th.tidtam.org.AssignmentKind;

/** A directive (ข้อสั่งการ) of the governor, numbered per Buddhist-era year ("27/2569"). */
@Entity
@Table(name = "directive")
public class Directive {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The issuer's province: numbers run per province, and nobody of another province may see the directive. */
    @Column(name = "province_id", nullable = false, updatable = false)
    private Long provinceId;

    @Column(name = "be_year", nullable = false)
    private int beYear;

    @Column(name = "running_number", nullable = false)
    private int runningNumber;

    @Column(nullable = false, length = 16)
    private String number;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(name = "body", nullable = false, columnDefinition = "text")
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false, length = 24)
    private SourceKind sourceKind;

    @Column(name = "source_reference")
    private String sourceReference;

    /** The case the directive came from (a memo, an incoming letter): type key and id, so both link to each other. */
    @Column(name = "source_case_type", length = 32)
    private String sourceCaseType;

    @Column(name = "source_case_id")
    private Long sourceCaseId;

    @Column(name = "meeting_number", length = 32)
    private String meetingNumber;

    @Column(name = "agenda_item", length = 32)
    private String agendaItem;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SecrecyClass secrecy;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Cadence cadence;

    @Column(name = "cadence_days")
    private Integer cadenceDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private DirectiveStatus status;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Embedded
    @AttributeOverride(name = "personId", column = @Column(name = "issued_by_person_id"))
    @AttributeOverride(name = "positionId", column = @Column(name = "issued_by_position_id"))
    @AttributeOverride(name = "capacity", column = @Column(name = "issued_capacity", length = 16))
    private ActorStamp issuedBy;

    @Column(name = "issued_on_behalf", nullable = false)
    private boolean issuedOnBehalf;

    @Column(name = "lead_unit_id", nullable = false)
    private Long leadUnitId;

    @Column(name = "supersedes_id")
    private Long supersedesId;

    @Column(name = "superseded_by_id")
    private Long supersededById;

    @Column(nullable = false)
    private int round = 1;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Version
    private long version;

    protected Directive() {
    }

    public Directive(long provinceId, int beYear, int runningNumber, String subject, String text, SourceKind sourceKind,
            Urgency urgency, SecrecyClass secrecy, LocalDate dueDate, Cadence cadence, Long leadUnitId, Instant issuedAt) {
        this.provinceId = provinceId;
        this.beYear = beYear;
        this.runningNumber = runningNumber;
        this.number = runningNumber + "/" + beYear;
        this.subject = subject;
        this.text = text;
        this.sourceKind = sourceKind;
        this.urgency = urgency;
        this.secrecy = secrecy;
        this.dueDate = dueDate;
        this.cadence = cadence;
        this.leadUnitId = leadUnitId;
        this.issuedAt = issuedAt;
        this.status = DirectiveStatus.SCREENING;
    }

    public void issuedBy(Long personId, Long positionId, AssignmentKind capacity, boolean onBehalf) {
        this.issuedBy = new ActorStamp(personId, positionId, capacity);
        this.issuedOnBehalf = onBehalf;
    }

    public void source(String reference, String meetingNumber, String agendaItem) {
        this.sourceReference = reference;
        this.meetingNumber = meetingNumber;
        this.agendaItem = agendaItem;
    }

    /** Records the case the directive came from; null leaves it without one. */
    public void sourceCase(String caseType, Long caseId) {
        this.sourceCaseType = caseType;
        this.sourceCaseId = caseId;
    }

    public String getSourceCaseType() { return sourceCaseType; }
    public Long getSourceCaseId() { return sourceCaseId; }
    public Long getId() { return id; }
    public Long getProvinceId() { return provinceId; }
    public int getBeYear() { return beYear; }
    public int getRunningNumber() { return runningNumber; }
    public String getNumber() { return number; }
    public String getSubject() { return subject; }
    public String getText() { return text; }
    public SourceKind getSourceKind() { return sourceKind; }
    public String getSourceReference() { return sourceReference; }
    public String getMeetingNumber() { return meetingNumber; }
    public String getAgendaItem() { return agendaItem; }
    public Urgency getUrgency() { return urgency; }
    public SecrecyClass getSecrecy() { return secrecy; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public Cadence getCadence() { return cadence; }
    public void setCadence(Cadence cadence) { this.cadence = cadence; }
    public Integer getCadenceDays() { return cadenceDays; }
    public void setCadenceDays(Integer cadenceDays) { this.cadenceDays = cadenceDays; }
    public DirectiveStatus getStatus() { return status; }
    public void setStatus(DirectiveStatus status) { this.status = status; }
    public Instant getIssuedAt() { return issuedAt; }
    public Long getIssuedByPersonId() { return issuedBy.personId(); }
    public Long getIssuedByPositionId() { return issuedBy.positionId(); }
    public AssignmentKind getIssuedCapacity() { return issuedBy.capacity(); }
    public boolean isIssuedOnBehalf() { return issuedOnBehalf; }
    public Long getLeadUnitId() { return leadUnitId; }
    public Long getSupersedesId() { return supersedesId; }
    public void setSupersedesId(Long supersedesId) { this.supersedesId = supersedesId; }
    public Long getSupersededById() { return supersededById; }
    public void setSupersededById(Long supersededById) { this.supersededById = supersededById; }
    public int getRound() { return round; }
    public void setRound(int round) { this.round = round; }
    public Instant getClosedAt() { return closedAt; }
    public void setClosedAt(Instant closedAt) { this.closedAt = closedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
}
