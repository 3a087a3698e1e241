package th.tidtam.directive.service;

import th.tidtam.org.SecrecyClass;

/**
 * Someone was just shown a classified directive (ลับ, ลับมาก) or part of it: the directive page or its JSON, its
 * process diagram, one of its files. Published synchronously on the reader's thread, before the content leaves the
 * service, so that the audit trail's listener sees the reader and their address — and a read whose record cannot be
 * written fails instead of going unrecorded.
 *
 * @param what "directive", "diagram" or "attachment"
 * @param objectId the directive's id, or the attachment's for a file
 * @param routePositionIds the positions named on the directive (issuer, parts' holders and workers): the reader's
 *        position among them is the one they read it in
 */
public record ClassifiedDirectiveRead(Long directiveId, String number, SecrecyClass secrecy, String what, Long objectId,
        java.util.Set<Long> routePositionIds) {
}
