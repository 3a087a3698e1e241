package th.tidtam.letters.service;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.letters.domain.IncomingLetterRepository;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.process.OrgRouting;

/** The incoming letter's process asks this bean ({@code ${incomingLetter...}}) to whom its handling task goes. */
@Component("incomingLetter")
public class IncomingLetterProcess {

    private final IncomingLetterRepository letters;
    private final OrgDirectory org;
    private final OrgRouting routing;

    IncomingLetterProcess(IncomingLetterRepository letters, OrgDirectory org, OrgRouting routing) {
        this.letters = letters;
        this.org = org;
        this.routing = routing;
    }

    /**
     * The candidate group of the letter's handler: its position, or while it is vacant the nearest filled position
     * above it (work is never lost in a vacancy).
     */
    @Transactional(readOnly = true)
    public String handlerGroup(Object letterId) {
        long id = Long.parseLong(String.valueOf(letterId));
        Long position = letters.findById(id).map(l -> l.getHandlerPositionId())
                .orElseThrow(() -> new IllegalStateException("No incoming letter " + id));
        String code = org.position(position).map(PositionSummary::code)
                .orElseThrow(() -> new IllegalStateException("No position " + position));
        return routing.responsibleGroup(code);
    }
}
