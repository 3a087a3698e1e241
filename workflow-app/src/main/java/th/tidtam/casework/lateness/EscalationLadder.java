package th.tidtam.casework.lateness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.Clearance;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.UnitSummary;

/**
 * The escalation ladder of the province (the work's unit's), for every case type: late work climbs from the position that works it to its
 * superior, then to the vice governor who supervises the unit, then to the governor — one rung each time another
 * {@code stepWorkingDays} working days have passed, at most one rung per check, so every rung is seen before the next.
 * A case type's process schedules the check (the directive's daily follow-up timer) and asks here where to go.
 */
@Service
public class EscalationLadder {

    /** A rung to climb to: its level (1 = the first rung) and the position there. */
    public record Step(int level, Long positionId) {
    }

    private final OrgDirectory org;
    private final WorkingCalendar calendar;
    private final Clearance clearance;

    public EscalationLadder(OrgDirectory org, WorkingCalendar calendar, Clearance clearance) {
        this.org = org;
        this.calendar = calendar;
        this.clearance = clearance;
    }

    /**
     * The rungs above late work on a case of class {@code secrecy}: those of {@link #rungs(Long, Long)} that are
     * cleared for it, so a classified case climbs to the nearest cleared position above and never to an uncleared one
     * (the governor always is).
     */
    public List<Long> rungs(Long workerPositionId, Long unitId, SecrecyClass secrecy) {
        return clearance.clearedOnly(rungs(workerPositionId, unitId), secrecy);
    }

    /**
     * The rungs above work done by {@code workerPositionId} for {@code unitId}: the worker's superior, the vice
     * governor supervising the unit, the governor; each position once, never the worker. An agency head's superior is
     * the governor, so for agencies the first rung is their supervising vice governor, as the province does it.
     */
    public List<Long> rungs(Long workerPositionId, Long unitId) {
        // the governor of the unit's province: late work never climbs into another province
        Long governor = org.unit(unitId).map(UnitSummary::provinceId)
                .flatMap(province -> org.positionWithRole(province, PositionRole.GOVERNOR)).orElse(null);
        Long superior = org.position(workerPositionId).map(PositionSummary::reportsToId).orElse(null);
        Long viceGovernor = org.supervisingPosition(unitId).orElse(null);
        List<Long> rungs = new ArrayList<>();
        for (Long p : new Long[] { superior == null || superior.equals(governor) ? null : superior, viceGovernor, governor }) {
            if (p != null && !rungs.contains(p) && !p.equals(workerPositionId)) {
                rungs.add(p);
            }
        }
        return rungs;
    }

    /** The next rung for work late since {@code lateSince}, as of {@code today}, now at {@code currentLevel}. */
    public Optional<Step> nextStep(List<Long> rungs, LocalDate lateSince, LocalDate today, int currentLevel,
            int stepWorkingDays) {
        return nextStep(calendar, rungs, lateSince, today, currentLevel, stepWorkingDays);
    }

    /**
     * {@link #nextStep(List, LocalDate, LocalDate, int, int)} counting the working days of the case's province: the
     * follow-up checks run in the job executor, where no user names a province.
     */
    public Optional<Step> nextStep(Long caseProvinceId, List<Long> rungs, LocalDate lateSince, LocalDate today,
            int currentLevel, int stepWorkingDays) {
        return nextStep(calendar.ofCase(caseProvinceId), rungs, lateSince, today, currentLevel, stepWorkingDays);
    }

    private static Optional<Step> nextStep(WorkingCalendar calendar, List<Long> rungs, LocalDate lateSince,
            LocalDate today, int currentLevel, int stepWorkingDays) {
        if (lateSince == null) {
            return Optional.empty();
        }
        int next = currentLevel + 1;
        if (next > rungsDue(calendar.workingDaysBetween(lateSince, today), rungs.size(), stepWorkingDays)) {
            return Optional.empty();
        }
        return Optional.of(new Step(next, rungs.get(next - 1)));
    }

    /**
     * How many rungs work {@code workingDaysLate} working days late should have reached: the first on the first late
     * day, one more every {@code stepWorkingDays}, never more than there are rungs.
     */
    static int rungsDue(int workingDaysLate, int rungCount, int stepWorkingDays) {
        if (workingDaysLate < 1) {
            return 0;
        }
        return Math.min(rungCount, 1 + (workingDaysLate - 1) / Math.max(1, stepWorkingDays));
    }
}
