package th.tidtam.directive.service;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.directive.domain.DirectiveEvent;
import th.tidtam.directive.domain.DirectivePart;
import th.tidtam.directive.domain.DirectivePartRepository;
import th.tidtam.directive.domain.PartStatus;
import th.tidtam.org.PositionFilled;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.process.WorkReturnedToPost;

/**
 * A part held by a superior because its unit head's post was vacant goes back to the head when the post gets a holder
 * or an acting holder (issue 16): the holder column follows the work the process module moved back (and the part's
 * later tasks go to the head). A part with no open task at that moment — between its daily checks — follows too, with
 * its own timeline entry; where a task moved, the process module has written the entry already.
 */
@Component
class PartsFollowThePost {

    private final DirectivePartRepository parts;
    private final OrgDirectory org;
    private final Timeline timeline;
    private final Clock clock;

    PartsFollowThePost(DirectivePartRepository parts, OrgDirectory org, Timeline timeline, Clock clock) {
        this.parts = parts;
        this.org = org;
        this.timeline = timeline;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void workReturned(WorkReturnedToPost returned) {
        // every open part of the directive is looked at: a work item does not always know its part, and a part
        // changes only when its holder is no longer the one who must do its unit head's work today
        if (DirectiveCase.TYPE.equals(returned.caseType()) && returned.caseId() != null) {
            parts.findByDirectiveIdOrderByLeadDescIdAsc(returned.caseId()).stream()
                    .filter(p -> p.getStatus() != PartStatus.DONE).forEach(this::followHead);
        }
    }

    /** After the process module's listener (order 0): what it moved is already followed, the rest is done here. */
    @EventListener
    @Order(10)
    @Transactional(propagation = Propagation.MANDATORY)
    public void positionFilled(PositionFilled filled) {
        PositionSummary position = org.position(filled.positionId()).orElse(null);
        if (position == null || !position.unitHead() || position.unitId() == null) {
            return;
        }
        for (DirectivePart part : parts.findByUnitIdAndStatusNot(position.unitId(), PartStatus.DONE)) {
            Long before = part.getHolderPositionId();
            if (followHead(part)) {
                timeline.record(DirectiveCase.of(part.getDirectiveId()), part.getId(), DirectiveEvent.Kind.WORK_RETURNED,
                        new ActorStamp(null, part.getHolderPositionId(), null),
                        title(before) + " → " + title(part.getHolderPositionId()), clock.instant());
            }
        }
    }

    /** The part's holder becomes whoever must do its unit head's work today; true when it changed. */
    private boolean followHead(DirectivePart part) {
        Long holder = part.getHolderPositionId();
        Long head = org.headOf(part.getUnitId()).orElse(null);
        if (head == null || head.equals(holder)) {
            return false;
        }
        Long today = org.responsiblePosition(head).orElse(head);
        if (today.equals(holder)) {
            return false;
        }
        part.setHolderPositionId(today);
        return true;
    }

    private String title(Long positionId) {
        return org.position(positionId).map(PositionSummary::titleTh).orElse(String.valueOf(positionId));
    }
}
