package th.tidtam.meeting.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A correction the next meeting made when adopting the minutes. */
@Entity
@Table(name = "minutes_correction")
public class MinutesCorrectionEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "adopted_at_meeting_id", nullable = false)
    private Long adoptedAtMeetingId;

    @Column(name = "agenda_item_id")
    private Long agendaItemId;

    @Column(nullable = false, columnDefinition = "text")
    private String correction;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by_position_id")
    private Long recordedByPositionId;

    @Column(name = "recorded_by_person_id")
    private Long recordedByPersonId;

    protected MinutesCorrectionEntry() {
    }

    public MinutesCorrectionEntry(Long meetingId, Long adoptedAtMeetingId, Long agendaItemId, String correction,
            Instant recordedAt, Long byPositionId, Long byPersonId) {
        this.meetingId = meetingId;
        this.adoptedAtMeetingId = adoptedAtMeetingId;
        this.agendaItemId = agendaItemId;
        this.correction = correction;
        this.recordedAt = recordedAt;
        this.recordedByPositionId = byPositionId;
        this.recordedByPersonId = byPersonId;
    }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public Long getAdoptedAtMeetingId() { return adoptedAtMeetingId; }
    public Long getAgendaItemId() { return agendaItemId; }
    public String getCorrection() { return correction; }
    public Instant getRecordedAt() { return recordedAt; }
    public Long getRecordedByPositionId() { return recordedByPositionId; }
}
