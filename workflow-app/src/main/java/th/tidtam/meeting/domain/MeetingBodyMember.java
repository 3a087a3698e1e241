package th.tidtam.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import th.tidtam.meeting.MemberRole;

/** A position that sits in a body. */
@Entity
@Table(name = "meeting_body_member")
public class MeetingBodyMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_id", nullable = false)
    private Long bodyId;

    @Column(name = "position_id", nullable = false)
    private Long positionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 24)
    private MemberRole role;

    @Column(name = "reports_every_meeting", nullable = false)
    private boolean reportsEveryMeeting;

    protected MeetingBodyMember() {
    }

    public MeetingBodyMember(Long bodyId, Long positionId, MemberRole role, boolean reportsEveryMeeting) {
        this.bodyId = bodyId;
        this.positionId = positionId;
        this.role = role;
        this.reportsEveryMeeting = reportsEveryMeeting;
    }

    public void change(MemberRole role, boolean reportsEveryMeeting) {
        this.role = role;
        this.reportsEveryMeeting = reportsEveryMeeting;
    }

    public Long getId() { return id; }
    public Long getBodyId() { return bodyId; }
    public Long getPositionId() { return positionId; }
    public MemberRole getRole() { return role; }
    public boolean isReportsEveryMeeting() { return reportsEveryMeeting; }
}
