package th.tidtam.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import th.tidtam.meeting.AttendanceStatus;

/** How one member position was at a meeting. */
@Entity
@Table(name = "meeting_attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "position_id", nullable = false)
    private Long positionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttendanceStatus status;

    @Column(name = "representative_name")
    private String representativeName;

    @Column(name = "representative_title")
    private String representativeTitle;

    @Column(name = "absence_reason", length = 1000)
    private String absenceReason;

    protected Attendance() {
    }

    public Attendance(Long meetingId, Long positionId) {
        this.meetingId = meetingId;
        this.positionId = positionId;
    }

    public void set(AttendanceStatus status, String representativeName, String representativeTitle, String absenceReason) {
        this.status = status;
        this.representativeName = representativeName;
        this.representativeTitle = representativeTitle;
        this.absenceReason = absenceReason;
    }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public Long getPositionId() { return positionId; }
    public AttendanceStatus getStatus() { return status; }
    public String getRepresentativeName() { return representativeName; }
    public String getRepresentativeTitle() { return representativeTitle; }
    public String getAbsenceReason() { return absenceReason; }
}
