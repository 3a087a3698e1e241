package th.tidtam.casework.links;
public record IssuedLink(long linkId, String token, java.time.Instant expiresAt) {}
