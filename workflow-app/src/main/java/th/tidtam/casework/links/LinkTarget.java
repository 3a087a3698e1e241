package th.tidtam.casework.links;
public record LinkTarget(long linkId, th.tidtam.casework.CaseRef ref, Long partId, java.time.Instant expiresAt) {}
