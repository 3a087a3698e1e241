package th.tidtam.casework.links;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import th.tidtam.casework.CaseRef;

/** A one-time link: the case and party it opens, its token's hash, and whether it is still usable. */
@Entity
@Table(name = "case_link")
class CaseLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_type", nullable = false, length = 32)
    private String caseType;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "part_id")
    private Long partId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected CaseLink() {
    }

    CaseLink(CaseRef ref, Long partId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.caseType = ref.type();
        this.caseId = ref.id();
        this.partId = partId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long id() { return id; }
    CaseRef ref() { return CaseRef.of(caseType, caseId); }
    Instant usedAt() { return usedAt; }

    LinkTarget target() {
        return new LinkTarget(id, ref(), partId, expiresAt);
    }

    /** Why the link cannot be used now, or null when it can. */
    LinkUsed.Outcome refusal(Instant now) {
        if (revokedAt != null) {
            return LinkUsed.Outcome.REVOKED;
        }
        if (usedAt != null) {
            return LinkUsed.Outcome.ALREADY_USED;
        }
        if (!now.isBefore(expiresAt)) {
            return LinkUsed.Outcome.EXPIRED;
        }
        return null;
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    /** A used link stays used: revoking it changes nothing the trail would not already say. */
    boolean revoke(Instant now) {
        if (revokedAt != null || usedAt != null) {
            return false;
        }
        this.revokedAt = now;
        return true;
    }
}
