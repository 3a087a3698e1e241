package th.tidtam.meeting.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A published version of an agenda, as published (never changed afterwards). */
@Entity
@Table(name = "agenda_version")
public class AgendaVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(nullable = false)
    private int version;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by_position_id")
    private Long publishedByPositionId;

    @Column(name = "published_by_person_id")
    private Long publishedByPersonId;

    @Column(name = "change_note", length = 2000)
    private String changeNote;

    @Column(nullable = false, columnDefinition = "longtext")
    private String snapshot;

    protected AgendaVersion() {
    }

    public AgendaVersion(Long meetingId, int version, Instant publishedAt, Long byPositionId, Long byPersonId,
            String changeNote, String snapshot) {
        this.meetingId = meetingId;
        this.version = version;
        this.publishedAt = publishedAt;
        this.publishedByPositionId = byPositionId;
        this.publishedByPersonId = byPersonId;
        this.changeNote = changeNote;
        this.snapshot = snapshot;
    }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public int getVersion() { return version; }
    public Instant getPublishedAt() { return publishedAt; }
    public Long getPublishedByPositionId() { return publishedByPositionId; }
    public Long getPublishedByPersonId() { return publishedByPersonId; }
    public String getChangeNote() { return changeNote; }
    public String getSnapshot() { return snapshot; }
}
