package th.tidtam.meeting.domain;

import java.time.Instant;

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
import th.tidtam.meeting.AgendaItemStatus;
import th.tidtam.meeting.AgendaSection;
import th.tidtam.org.SecrecyClass;

/** An item of a meeting's agenda, with its minutes (what was reported, the resolution). */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(nullable = false)
    private int section;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(columnDefinition = "text")
    private String summary;

    @Column(name = "presenter_unit_id")
    private Long presenterUnitId;

    @Embedded
    @AttributeOverride(name = "personId", column = @Column(name = "submitted_by_person_id"))
    @AttributeOverride(name = "positionId", column = @Column(name = "submitted_by_position_id"))
    @AttributeOverride(name = "capacity", column = @Column(name = "submitted_capacity", length = 16))
    private ActorStamp submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AgendaItemStatus status;

    @Column(name = "return_reason", length = 2000)
    private String returnReason;

    @Column(name = "moved_to_meeting_id")
    private Long movedToMeetingId;

    @Column(name = "moved_from_item_id")
    private Long movedFromItemId;

    @Column(name = "late_override", nullable = false)
    private boolean lateOverride;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SecrecyClass secrecy;

    @Column(columnDefinition = "text")
    private String reported;

    @Column(columnDefinition = "text")
    private String resolution;

    @Version
    private long version;

    protected AgendaItem() {
    }

    public AgendaItem(Long meetingId, AgendaSection section, int seq, String title, String summary, Long presenterUnitId,
            SecrecyClass secrecy, ActorStamp submittedBy, Instant submittedAt, AgendaItemStatus status) {
        this.meetingId = meetingId;
        this.section = section.number();
        this.seq = seq;
        this.title = title;
        this.summary = summary;
        this.presenterUnitId = presenterUnitId;
        this.secrecy = secrecy;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.status = status;
    }

    public void setStatus(AgendaItemStatus status) { this.status = status; }
    public void setReturnReason(String returnReason) { this.returnReason = returnReason; }
    public void setMovedToMeetingId(Long movedToMeetingId) { this.movedToMeetingId = movedToMeetingId; }
    public void setMovedFromItemId(Long movedFromItemId) { this.movedFromItemId = movedFromItemId; }
    public void setLateOverride(boolean lateOverride) { this.lateOverride = lateOverride; }
    public void minutes(String reported, String resolution) {
        this.reported = reported;
        this.resolution = resolution;
    }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public AgendaSection getSection() { return AgendaSection.of(section).orElseThrow(); }
    public int getSeq() { return seq; }
    public String getNumber() { return section + "." + seq; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public Long getPresenterUnitId() { return presenterUnitId; }
    public ActorStamp getSubmittedBy() { return submittedBy == null ? ActorStamp.system() : submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public AgendaItemStatus getStatus() { return status; }
    public String getReturnReason() { return returnReason; }
    public Long getMovedToMeetingId() { return movedToMeetingId; }
    public Long getMovedFromItemId() { return movedFromItemId; }
    public boolean isLateOverride() { return lateOverride; }
    public SecrecyClass getSecrecy() { return secrecy; }
    public String getReported() { return reported; }
    public String getResolution() { return resolution; }
}
