package th.tidtam.letters.domain;

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

import th.tidtam.casework.ActorStamp;
import th.tidtam.letters.RouteRole;
import th.tidtam.org.SecrecyClass;

/**
 * A position on a letter's route: sent to handle it, presented it up, decided it. The positions on the route see the
 * letter even when it is classified. {@code secrecy} is the letter's, copied, so the trail masks the note with it.
 */
@Entity
@Table(name = "letter_in_route")
public class LetterRouteEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "letter_id", nullable = false, updatable = false)
    private Long letterId;

    @Column(name = "position_id", nullable = false, updatable = false)
    private Long positionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private RouteRole role;

    @Column(length = 2000, updatable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SecrecyClass secrecy;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "personId", column = @Column(name = "person_id")),
            @AttributeOverride(name = "positionId", column = @Column(name = "by_position_id")),
            @AttributeOverride(name = "capacity", column = @Column(name = "capacity", length = 16)) })
    private ActorStamp by;

    @Column(nullable = false, updatable = false)
    private Instant at;

    protected LetterRouteEntry() {
    }

    public LetterRouteEntry(Long letterId, Long positionId, RouteRole role, String note, SecrecyClass secrecy, ActorStamp by,
            Instant at) {
        this.letterId = letterId;
        this.positionId = positionId;
        this.role = role;
        this.note = note;
        this.secrecy = secrecy;
        this.by = by;
        this.at = at;
    }

    public Long getId() { return id; }
    public Long getLetterId() { return letterId; }
    public Long getPositionId() { return positionId; }
    public RouteRole getRole() { return role; }
    public String getNote() { return note; }
    public SecrecyClass getSecrecy() { return secrecy; }
    public ActorStamp getBy() { return by; }
    public Instant getAt() { return at; }
}
