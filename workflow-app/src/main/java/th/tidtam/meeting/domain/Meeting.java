package th.tidtam.meeting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import th.tidtam.meeting.MeetingStatus;
import th.tidtam.meeting.MinutesStatus;
import th.tidtam.org.AssignmentKind;

/** One meeting of a body, numbered N/BE-year per body; its agenda, attendance and minutes hang off it. */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** the body's province; set once on create */
    @Column(name = "province_id", updatable = false)
    private Long provinceId;

    @Column(name = "body_id", nullable = false)
    private Long bodyId;

    @Column(nullable = false)
    private int seq;

    @Column(name = "be_year", nullable = false)
    private int beYear;

    @Column(nullable = false, length = 16)
    private String number;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    private String room;

    @Column(name = "chair_position_id", nullable = false)
    private Long chairPositionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "chair_capacity", length = 16)
    private AssignmentKind chairCapacity;

    @Column(name = "chair_in_place_of_position_id")
    private Long chairInPlaceOfPositionId;

    @Column(name = "secretary_position_id")
    private Long secretaryPositionId;

    @Column(name = "cut_off_date", nullable = false)
    private LocalDate cutOffDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private MeetingStatus status = MeetingStatus.SCHEDULED;

    @Column(name = "cancel_reason", length = 2000)
    private String cancelReason;

    @Column(name = "agenda_version", nullable = false)
    private int agendaVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "minutes_status", nullable = false, length = 16)
    private MinutesStatus minutesStatus = MinutesStatus.NOT_STARTED;

    @Column(name = "minutes_checked_by_position_id")
    private Long minutesCheckedByPositionId;

    @Column(name = "minutes_checked_by_person_id")
    private Long minutesCheckedByPersonId;

    @Column(name = "minutes_checked_at")
    private Instant minutesCheckedAt;

    @Column(name = "adopted_at_meeting_id")
    private Long adoptedAtMeetingId;

    @Column(name = "adopted_with_corrections")
    private Boolean adoptedWithCorrections;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Guards every change of the meeting: two secretaries publishing or adopting at once — one wins. */
    @Version
    private long version;

    protected Meeting() {
    }

    public Meeting(Long bodyId, int seq, int beYear, LocalDateTime startsAt, LocalDateTime endsAt, Instant createdAt) {
        this.bodyId = bodyId;
        this.seq = seq;
        this.beYear = beYear;
        this.number = seq + "/" + beYear;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.createdAt = createdAt;
    }

    public void chair(Long positionId, AssignmentKind capacity, Long inPlaceOf) {
        this.chairPositionId = positionId;
        this.chairCapacity = capacity;
        this.chairInPlaceOfPositionId = inPlaceOf;
    }

    public void place(String room, Long secretaryPositionId, LocalDate cutOffDate) {
        this.room = room;
        this.secretaryPositionId = secretaryPositionId;
        this.cutOffDate = cutOffDate;
    }

    /** Moves the meeting to another time (and room); its number stays, as the invitation letters cite it. */
    public void moveTo(LocalDateTime startsAt, LocalDateTime endsAt, String room, LocalDate cutOffDate) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.room = room;
        this.cutOffDate = cutOffDate;
    }

    public void setStatus(MeetingStatus status) { this.status = status; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    public int nextAgendaVersion() { return ++agendaVersion; }
    public void setMinutesStatus(MinutesStatus minutesStatus) { this.minutesStatus = minutesStatus; }
    public void minutesChecked(Long positionId, Long personId, Instant at) {
        this.minutesCheckedByPositionId = positionId;
        this.minutesCheckedByPersonId = personId;
        this.minutesCheckedAt = at;
    }
    public void adopted(Long atMeetingId, boolean withCorrections) {
        this.adoptedAtMeetingId = atMeetingId;
        this.adoptedWithCorrections = withCorrections;
        this.minutesStatus = MinutesStatus.ADOPTED;
    }
    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }

    public Long getId() { return id; }
    public Long getProvinceId() { return provinceId; }
    public void setProvinceId(Long provinceId) { this.provinceId = provinceId; }
    public Long getBodyId() { return bodyId; }
    public int getSeq() { return seq; }
    public int getBeYear() { return beYear; }
    public String getNumber() { return number; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public String getRoom() { return room; }
    public Long getChairPositionId() { return chairPositionId; }
    public AssignmentKind getChairCapacity() { return chairCapacity; }
    public Long getChairInPlaceOfPositionId() { return chairInPlaceOfPositionId; }
    public Long getSecretaryPositionId() { return secretaryPositionId; }
    public LocalDate getCutOffDate() { return cutOffDate; }
    public MeetingStatus getStatus() { return status; }
    public String getCancelReason() { return cancelReason; }
    public int getAgendaVersion() { return agendaVersion; }
    public MinutesStatus getMinutesStatus() { return minutesStatus; }
    public Long getMinutesCheckedByPositionId() { return minutesCheckedByPositionId; }
    public Long getMinutesCheckedByPersonId() { return minutesCheckedByPersonId; }
    public Instant getMinutesCheckedAt() { return minutesCheckedAt; }
    public Long getAdoptedAtMeetingId() { return adoptedAtMeetingId; }
    public Boolean getAdoptedWithCorrections() { return adoptedWithCorrections; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
