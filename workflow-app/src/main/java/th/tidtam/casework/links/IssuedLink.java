package th.tidtam.casework.links;

import java.time.Instant;

/** A link just issued. {@code token} is the secret: show or send it once; only its hash is kept. */
public record IssuedLink(long linkId, String token, Instant expiresAt) {

    @Override
    public String toString() {
        // the token never reaches a log line through a record's toString
        return "IssuedLink[linkId=" + linkId + ", expiresAt=" + expiresAt + "]";
    }
}
