package th.tidtam.directive.service;

import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.directive.domain.Directive;
import th.tidtam.directive.domain.DirectivePart;
import th.tidtam.directive.domain.DirectivePartRepository;
import th.tidtam.directive.domain.DirectiveRepository;
import th.tidtam.directive.domain.PartStatus;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;

/**
 * Routing of the units' parts for the follow-up model's expressions ({@code ${partRouting...}}): which parts a round
 * has, which position holds each (or must act for it while it is vacant), and their due dates in working days.
 */
@Component("partRouting")
@Transactional(readOnly = true)
public class PartRouting {

    private final DirectiveRepository directives;
    private final DirectivePartRepository parts;
    private final OrgDirectory org;
    private final WorkingCalendar calendar;

    PartRouting(DirectiveRepository directives, DirectivePartRepository parts, OrgDirectory org, WorkingCalendar calendar) {
        this.directives = directives;
        this.parts = parts;
        this.org = org;
        this.calendar = calendar;
    }

    /** The parts of the directive's current round that are not done yet. */
    public List<Long> openPartIds(Long directiveId) {
        Directive d = directives.findById(directiveId).orElseThrow();
        return parts.findByDirectiveIdAndRoundOrderByLeadDescIdAsc(directiveId, d.getRound()).stream()
                .filter(p -> p.getStatus() != PartStatus.DONE).map(DirectivePart::getId).toList();
    }

    /** The candidate group of the part's work: its holder position, or the nearest filled one above it. */
    public String holderGroup(Long partId) {
        DirectivePart part = parts.findById(partId).orElseThrow();
        Long responsible = org.responsiblePosition(part.getHolderPositionId()).orElse(part.getHolderPositionId());
        return org.position(responsible).map(PositionSummary::code).orElseThrow();
    }

    /** Acknowledgement is due by the end of the next working day. */
    public Date acknowledgeDue(Long partId) {
        return Date.from(calendar.endOfWorkingDay(calendar.addWorkingDays(calendar.today(), 1)));
    }

    /** The part's due date in force, at the close of that working day. */
    public Date partDue(Long partId) {
        DirectivePart part = parts.findById(partId).orElseThrow();
        return Date.from(calendar.endOfWorkingDay(part.getDueDate()));
    }
}
