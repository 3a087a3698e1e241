package th.tidtam.casework.links;

import java.time.Instant;

import th.tidtam.casework.CaseRef;

/** What a good link opens: one case and, when the case has parties or parts, the one it was issued for. */
public record LinkTarget(long linkId, CaseRef ref, Long partId, Instant expiresAt) {
}
