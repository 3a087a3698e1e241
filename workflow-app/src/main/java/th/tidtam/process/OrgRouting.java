package th.tidtam.process;

import org.springframework.stereotype.Component;

import th.tidtam.org.PositionRole;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;

/**
 * Routing through the chain of command for BPMN expressions ({@code ${orgRouting...}}): tasks go to positions
 * (Camunda candidate groups named by position code), never to persons.
 */
@Component("orgRouting")
public class OrgRouting {

    private final OrgDirectory directory;

    OrgRouting(OrgDirectory directory) {
        this.directory = directory;
    }

    /**
     * The candidate group for the one position that plays a province-wide role (GOVERNOR, HEAD_OF_OFFICE), or
     * whoever must do its work while it is vacant.
     */
    public String responsibleGroupForRole(String role) {
        // by the role's index, not by loading the whole chain of command for every task (measured in BENCHMARKS.md)
        Long id = directory.positionWithRole(PositionRole.valueOf(role))
                .orElseThrow(() -> new IllegalStateException("No position has the role " + role));
        Long responsible = directory.responsiblePosition(id).orElse(id);
        String group = directory.position(responsible).map(PositionSummary::code).orElseThrow();
        if (!responsible.equals(id)) {
            VacancyCovers.routed(directory.position(id).map(PositionSummary::code).orElseThrow(), group);
        }
        return group;
    }

    /**
     * The candidate group that must do the work of the position today: the position itself, or, when it is vacant
     * with no acting holder, the nearest filled position above it (work is never lost in a vacancy).
     */
    public String responsibleGroup(String positionCode) {
        String group = groupToday(positionCode);
        // a task created from this answer remembers the position it was meant for, so the work can go back to it
        // when the post is filled (VacancyReturn)
        VacancyCovers.routed(positionCode, group);
        return group;
    }

    /** The same answer as {@link #responsibleGroup(String)}, noting nothing (for checks outside task creation). */
    String groupToday(String positionCode) {
        PositionSummary position = directory.positionByCode(positionCode)
                .orElseThrow(() -> new IllegalArgumentException("Unknown position " + positionCode));
        return directory.responsiblePosition(position.id()).flatMap(directory::position).map(PositionSummary::code)
                .orElse(position.code());
    }

    /** {@link #responsibleGroup(String)} for a position given by its id (without looking its code up again). */
    public String responsibleGroupOf(Long positionId) {
        String code = directory.position(positionId).map(PositionSummary::code)
                .orElseThrow(() -> new IllegalArgumentException("Unknown position " + positionId));
        String group = directory.responsiblePosition(positionId).flatMap(directory::position).map(PositionSummary::code)
                .orElse(code);
        VacancyCovers.routed(code, group);
        return group;
    }
}
