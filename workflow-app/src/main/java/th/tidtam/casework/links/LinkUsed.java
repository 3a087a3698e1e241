package th.tidtam.casework.links;

import th.tidtam.casework.CaseRef;

/**
 * A one-time link was issued, presented (good or bad) or revoked: the audit module writes a LINK row for each, with
 * the client's address, so every use of a link by someone without a login is on the trail.
 *
 * @param linkId        the link, or null when the presented token matched none
 * @param ref           the case the link belongs to, or null likewise
 * @param outcome       what happened
 * @param clientAddress the address the request came from (null for issuing and revoking on the staff screens)
 */
public record LinkUsed(Long linkId, CaseRef ref, Outcome outcome, String clientAddress) {

    public enum Outcome {
        ISSUED, OPENED, ANSWERED, UNKNOWN, EXPIRED, ALREADY_USED, REVOKED, THROTTLED
    }
}
