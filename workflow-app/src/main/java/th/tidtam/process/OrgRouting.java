package th.tidtam.process;

import org.springframework.stereotype.Component;

import th.tidtam.org.domain.PositionRole;
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
        PositionRole wanted = PositionRole.valueOf(role);
        PositionSummary position = directory.allPositions().stream().filter(p -> p.role() == wanted).findFirst()
                .orElseThrow(() -> new IllegalStateException("No position has the role " + role));
        return responsibleGroup(position.code());
    }

    /**
     * The candidate group that must do the work of the position today: the position itself, or, when it is vacant
     * with no acting holder, the nearest filled position above it (work is never lost in a vacancy).
     */
    public String responsibleGroup(String positionCode) {
        PositionSummary position = directory.positionByCode(positionCode)
                .orElseThrow(() -> new IllegalArgumentException("Unknown position " + positionCode));
        return directory.responsiblePosition(position.id()).flatMap(directory::position).map(PositionSummary::code)
                .orElse(position.code());
    }
}
