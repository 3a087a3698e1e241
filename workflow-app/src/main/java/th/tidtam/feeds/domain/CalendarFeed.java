package th.tidtam.feeds.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One calendar address of a person: its token's hash, when it was made, revoked and last read. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    /** The person's id while this is their live address, else null: unique, so a person has one live address. */
    @Column(name = "active_person_id")
    private Long activePersonId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_read_at")
    private Instant lastReadAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(Long personId, String tokenHash, Instant createdAt) {
        this.personId = personId;
        this.activePersonId = personId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastReadAt() {
        return lastReadAt;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    /** Stops the address from opening anything; false when it was revoked already. */
    public boolean revoke(Instant at) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = at;
        activePersonId = null;
        return true;
    }
}
