package th.tidtam.casework;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Bilingual;
import th.tidtam.org.PositionRole;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;

/**
 * The one rule of secrecy for every case type (issue 16): a classified case (ลับ, ลับมาก) is seen only through the
 * positions on its route whose clearance covers its class, plus the governor and the head of office, who see every
 * case; and a classified case is never routed (issued, forwarded, delegated, assigned, escalated) to a position whose
 * clearance does not cover it. Each case type keeps its own route (it owns the tables) and asks here which of the
 * user's positions count for a class, and whether the position that will receive the work is cleared.
 *
 * <p>The check at routing time is the authority; screens use {@link #cleared} only to leave uncleared targets out.
 * A refusal is published as {@link RoutingRefused} (the audit trail writes it in a transaction of its own, so it
 * stays when the caller's transaction rolls back) and thrown as {@link NotCleared} before anything is saved.
 */
@Service
public class Clearance {

    /** No id is negative: an empty id list becomes this, as {@code in ()} is no SQL. */
    public static final List<Long> NO_POSITION = List.of(-1L);

    private final OrgDirectory org;
    private final ApplicationEventPublisher events;

    Clearance(OrgDirectory org, ApplicationEventPublisher events) {
        this.org = org;
        this.events = events;
    }

    /** The governor and the head of office see and may receive every case, whatever their recorded clearance. */
    public static boolean alwaysCleared(PositionRole role) {
        return role == PositionRole.GOVERNOR || role == PositionRole.HEAD_OF_OFFICE;
    }

    /** Whether a position with this role and clearance may see and receive a case of class {@code caseClass}. */
    public static boolean cleared(PositionRole role, SecrecyClass clearance, SecrecyClass caseClass) {
        return caseClass == null || !caseClass.classified() || alwaysCleared(role)
                || (clearance != null && clearance.covers(caseClass));
    }

    public static boolean cleared(CurrentPosition position, SecrecyClass caseClass) {
        return cleared(position.role(), position.clearance(), caseClass);
    }

    public static boolean cleared(PositionSummary position, SecrecyClass caseClass) {
        return cleared(position.role(), position.clearance(), caseClass);
    }

    /** Whether one of the positions is the governor's or the head of office's: they see every classified case. */
    public static boolean seesEveryClass(Collection<CurrentPosition> positions) {
        return positions.stream().anyMatch(p -> alwaysCleared(p.role()));
    }

    /** The positions through which a case of this class may be seen (all of them for an unclassified case). */
    public static List<CurrentPosition> clearedFor(Collection<CurrentPosition> positions, SecrecyClass caseClass) {
        return positions.stream().filter(p -> cleared(p, caseClass)).toList();
    }

    /** Their ids, never empty ({@link #NO_POSITION}), for the route conditions of a case type's query. */
    public static List<Long> clearedIds(Collection<CurrentPosition> positions, SecrecyClass caseClass) {
        List<Long> ids = positions.stream().filter(p -> cleared(p, caseClass)).map(CurrentPosition::positionId)
                .distinct().toList();
        return ids.isEmpty() ? NO_POSITION : ids;
    }

    /** Whether the position (looked up in the chain of command) may receive a case of this class. */
    public boolean cleared(Long positionId, SecrecyClass caseClass) {
        if (caseClass == null || !caseClass.classified()) {
            return true;
        }
        return positionId != null && org.position(positionId).map(p -> cleared(p, caseClass)).orElse(false);
    }

    /** The positions of the list that may receive a case of this class, in order (an escalation ladder's rungs). */
    public List<Long> clearedOnly(List<Long> positionIds, SecrecyClass caseClass) {
        if (caseClass == null || !caseClass.classified()) {
            return positionIds;
        }
        return positionIds.stream().filter(id -> cleared(id, caseClass)).toList();
    }

    /**
     * Refuses routing a case of class {@code caseClass} to {@code receivingPositionId} — the position that will
     * actually receive the work (the covering one while a post is vacant) — unless it is cleared: audited, then
     * thrown before the caller saves anything.
     *
     * @param caseType the case type (e.g. {@code DIRECTIVE})
     * @param caseId   the case, or null when it is being created (issued, registered)
     * @param act      what was attempted: {@code issue}, {@code forward}, {@code delegate}, {@code assign} …
     */
    public void requireCleared(Long receivingPositionId, SecrecyClass caseClass, String caseType, Long caseId, String act) {
        if (cleared(receivingPositionId, caseClass)) {
            return;
        }
        PositionSummary position = receivingPositionId == null ? null : org.position(receivingPositionId).orElse(null);
        events.publishEvent(new RoutingRefused(caseType, caseId, act, receivingPositionId,
                position == null ? null : position.code(), caseClass));
        throw new NotCleared(position == null ? new Bilingual(String.valueOf(receivingPositionId), null)
                : new Bilingual(position.titleTh(), position.titleEn()), caseClass);
    }

    /**
     * Whether work on a case of this class may be sent to {@code positionId}: it and, while its post is vacant, the
     * position covering it are cleared (what {@link #requireReceiving} enforces; for screens that leave others out).
     */
    public boolean receivingCleared(Long positionId, SecrecyClass caseClass) {
        if (caseClass == null || !caseClass.classified()) {
            return true;
        }
        return cleared(positionId, caseClass) && cleared(org.responsiblePosition(positionId).orElse(positionId), caseClass);
    }

    /** Whether the head of the unit (who will receive the unit's work) may receive a case of this class. */
    public boolean unitCleared(Long unitId, SecrecyClass caseClass) {
        if (caseClass == null || !caseClass.classified()) {
            return true;
        }
        return org.headOf(unitId).map(head -> receivingCleared(head, caseClass)).orElse(false);
    }

    /**
     * As {@link #requireCleared}, for work sent to {@code positionId}: that position (it is on the route) and, while
     * its post is vacant, the position that covers it and will actually receive the work.
     */
    public void requireReceiving(Long positionId, SecrecyClass caseClass, String caseType, Long caseId, String act) {
        requireCleared(positionId, caseClass, caseType, caseId, act);
        if (positionId != null && caseClass != null && caseClass.classified()) {
            Long covering = org.responsiblePosition(positionId).orElse(positionId);
            if (!covering.equals(positionId)) {
                requireCleared(covering, caseClass, caseType, caseId, act);
            }
        }
    }

    /** A classified case may not go to this position: the message names the position and the class. */
    public static class NotCleared extends RuleViolation {

        public static final String KEY = "clearance.error.not-cleared";

        NotCleared(Bilingual position, SecrecyClass caseClass) {
            super(KEY, position, "org.clearance." + Objects.requireNonNull(caseClass).name());
        }
    }

    /**
     * A routing of a classified case to an uncleared position was refused (for the audit trail).
     *
     * @param caseId       null while the case was being created
     * @param positionCode the position refused, as the chain of command names it
     */
    public record RoutingRefused(String caseType, Long caseId, String act, Long positionId, String positionCode,
            SecrecyClass caseClass) {
    }
}
