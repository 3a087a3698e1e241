package th.tidtam.coordination.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.links.OneTimeLinks;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.coordination.RequestStatus;
import th.tidtam.coordination.RequestSummary;
import th.tidtam.coordination.domain.CoordinationParty;
import th.tidtam.coordination.domain.CoordinationPartyRepository;
import th.tidtam.coordination.domain.CoordinationRequest;
import th.tidtam.coordination.domain.CoordinationRequestRepository;
import th.tidtam.memo.Decision;
import th.tidtam.memo.MemoDecided;
import th.tidtam.org.service.CurrentPosition;

/**
 * The requester's end of a request: the result written and the request closed, or the answers presented to the
 * governor with a memo (the memo module reports it sent up and decided: ASSIGN turns the request into a directive).
 * Partners' links stop working once the request is closed.
 */
@Service
public class CoordinationClosing {

    private final CoordinationRequestRepository requests;
    private final CoordinationPartyRepository parties;
    private final CoordinationAccess access;
    private final CoordinationViews views;
    private final CoordinationFlow flow;
    private final Timeline timeline;
    private final OneTimeLinks links;
    private final Clock clock;

    CoordinationClosing(CoordinationRequestRepository requests, CoordinationPartyRepository parties,
            CoordinationAccess access, CoordinationViews views, CoordinationFlow flow, Timeline timeline,
            OneTimeLinks links, Clock clock) {
        this.requests = requests;
        this.parties = parties;
        this.access = access;
        this.views = views;
        this.flow = flow;
        this.timeline = timeline;
        this.links = links;
        this.clock = clock;
    }

    /** Writes the result and closes the request (before the due date too: the parties still open are left out). */
    @Transactional
    public RequestSummary close(long requestId, String result) {
        CoordinationRequest r = requests.lock(requestId).orElseThrow(ApiProblems.NotFound::new);
        List<CoordinationParty> asked = parties.findByRequestIdOrderByIdAsc(requestId);
        CurrentPosition via = access.requireRequester(access.mine(), r, asked);
        String text = CoordinationText.lines(result, "coordination.field.result", CoordinationText.MAX_BODY, true);
        if (r.getStatus() != RequestStatus.SENT) {
            throw new RuleViolation("coordination.error.not-open");
        }
        Instant now = clock.instant();
        r.finish(RequestStatus.CLOSED, text, now);
        revokeOpenLinks(asked);
        timeline.record(CoordinationCase.of(r.getId()), null, CoordinationEvent.CLOSED, access.stamp(via), null, now);
        flow.finishConsolidation(r);
        return views.summary(r, asked);
    }

    /** The memo about the request went up: the consolidation ends, the request waits for the governor's decision. */
    @Transactional
    public void presented(long requestId, long memoId) {
        CoordinationRequest r = requests.lock(requestId).orElseThrow(ApiProblems.NotFound::new);
        if (r.getStatus() != RequestStatus.SENT) {
            throw new RuleViolation("coordination.error.not-open");
        }
        Instant now = clock.instant();
        r.presented(r.getResult(), memoId);
        revokeOpenLinks(parties.findByRequestIdOrderByIdAsc(requestId));
        timeline.record(CoordinationCase.of(r.getId()), null, CoordinationEvent.PRESENTED, ActorStamp.system(), "memo " + memoId, now);
        flow.finishConsolidation(r);
    }

    /** The governor decided on the memo: ASSIGN issued a directive (linked both ways), anything else closes. */
    @Transactional
    public void decided(long requestId, MemoDecided decision) {
        CoordinationRequest r = requests.lock(requestId).orElseThrow(ApiProblems.NotFound::new);
        if (r.getStatus() != RequestStatus.CONSOLIDATED && r.getStatus() != RequestStatus.SENT) {
            throw new RuleViolation("coordination.error.not-open");
        }
        if (r.getStatus() == RequestStatus.SENT) {
            presented(requestId, decision.memoId());
        }
        boolean assign = decision.decision() == Decision.ASSIGN && decision.directiveId() != null;
        r.finish(assign ? RequestStatus.TURNED_INTO_DIRECTIVE : RequestStatus.CLOSED, null, decision.at());
        if (assign) {
            r.setDirectiveId(decision.directiveId());
        }
        timeline.record(CoordinationCase.of(r.getId()), null, assign ? CoordinationEvent.TURNED_INTO_DIRECTIVE : CoordinationEvent.CLOSED,
                decision.by(), assign ? "directive " + decision.directiveId() : decision.decision().name(), decision.at());
    }

    private void revokeOpenLinks(List<CoordinationParty> asked) {
        asked.stream().filter(p -> p.getLinkId() != null && !p.isAnswered()).forEach(p -> links.revoke(p.getLinkId()));
    }
}
