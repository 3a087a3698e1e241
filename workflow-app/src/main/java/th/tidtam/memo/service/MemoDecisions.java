package th.tidtam.memo.service;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.memo.Decision;
import th.tidtam.memo.MemoDecided;
import th.tidtam.memo.domain.AnnotationKind;
import th.tidtam.memo.domain.Memo;
import th.tidtam.org.service.CurrentPosition;

/**
 * The decision (สั่งการ) on a memo: at the addressee by whoever fills it, or anywhere on the route by a person holding
 * a delegation on the addressee position that covers the memo's matter that day (signing ปฏิบัติราชการแทน). ASSIGN
 * issues a directive linked both ways; SIGN only where the subject allows it; the subject hears of the decision in the
 * same transaction and may refuse it, leaving nothing changed.
 */
@Service
public class MemoDecisions {

    /** Who decides and in which capacity: the annotation's stamp and the stamp the subject and directive see. */
    record Decider(ActorStamp annotation, ActorStamp signer, Long onBehalfOf) {
    }

    private final MemoChain chain;
    private final MemoAccess access;
    private final MemoSubjects subjects;
    private final MemoRecords records;
    private final MemoFlow flow;
    private final MemoDirectives directives;

    MemoDecisions(MemoChain chain, MemoAccess access, MemoSubjects subjects, MemoRecords records, MemoFlow flow,
            MemoDirectives directives) {
        this.chain = chain;
        this.access = access;
        this.subjects = subjects;
        this.records = records;
        this.flow = flow;
        this.directives = directives;
    }

    /** The decisions the memo allows at the top (for the screens). */
    Set<Decision> allowed(Memo memo) {
        return subjects.decisions(memo.getSubjectType(), memo.getSubjectId());
    }

    @Transactional
    public void decide(long memoId, DecideMemo command) {
        Memo memo = chain.waitingForDecision(memoId);
        Decision decision = MemoTexts.parse(Decision.class, command.decision(), null, "memo.field.decision");
        Decider decider = decider(memo);
        if (!allowed(memo).contains(decision)) {
            throw new RuleViolation("memo.error.decision-not-allowed");
        }
        String note = MemoTexts.note(command.note(), false);
        Long directiveId = decision == Decision.ASSIGN ? directives.issue(memo, command, note) : null;
        records.annotate(memo, decider.annotation(), new MemoRecords.Annotation(AnnotationKind.DECIDE,
                decider.onBehalfOf(), null, null, decision, note));
        memo.decided(decision, directiveId, records.now());
        if (memo.getSubjectType() != null) {
            subjects.require(memo.getSubjectType()).decided(memo.getSubjectId(),
                    new MemoDecided(memo.getId(), decision, decider.signer(), records.now(), note, directiveId));
        }
        flow.complete(memo, MemoCase.TASK_ANNOTATE, "DECIDE", null);
        records.alert(memo, memo.getDrafter().positionId(), AlertKind.PUBLISHED);
        records.event(memo, MemoEvent.DECIDED, decider.annotation(), decision.name());
    }

    private Decider decider(Memo memo) {
        Long addressee = memo.getAddresseePositionId();
        Optional<CurrentPosition> atLevel = access.filling(memo.getAtPositionId());
        if (atLevel.isPresent() && addressee.equals(memo.getAtPositionId())) {
            ActorStamp own = access.stamp(atLevel.get());
            return new Decider(own, own, null);
        }
        Optional<ActorStamp> delegation = access.delegation(addressee, memo.getMatter());
        if (delegation.isPresent() && (atLevel.isPresent() || addressee.equals(memo.getAtPositionId()))) {
            ActorStamp own = atLevel.map(access::stamp)
                    .orElseGet(() -> access.mine().stream().findFirst().map(access::stamp).orElse(delegation.get()));
            return new Decider(new ActorStamp(own.personId(), own.positionId(), delegation.get().capacity()),
                    delegation.get(), addressee);
        }
        if (access.delegated(addressee) && (atLevel.isPresent() || addressee.equals(memo.getAtPositionId()))) {
            throw new RuleViolation("memo.error.delegation-not-covering", "memo.matter." + memo.getMatter());
        }
        if (atLevel.isPresent()) {
            throw new RuleViolation("memo.error.decide-at-top-only");
        }
        throw new RuleViolation("memo.error.not-at-your-level");
    }
}
