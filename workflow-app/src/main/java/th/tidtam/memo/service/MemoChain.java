package th.tidtam.memo.service;

import th.tidtam.casework.Clearance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.memo.MemoPurpose;
import th.tidtam.memo.MemoStatus;
import th.tidtam.memo.domain.AnnotationKind;
import th.tidtam.memo.domain.Memo;
import th.tidtam.memo.domain.MemoRepository;

/**
 * A level's annotations short of a decision: present the memo to the next filled level (เรียน … เพื่อโปรด…), or
 * return it to the drafter for correction. Only whoever fills the level the memo waits at today may do either; the
 * memo's row is locked and its state checked first, so the second of two clicks is refused.
 */
@Service
public class MemoChain {

    private final MemoRepository memos;
    private final MemoAccess access;
    private final MemoRouting routing;
    private final MemoRecords records;
    private final MemoFlow flow;

    private final Clearance clearance;
    MemoChain(MemoRepository memos, MemoAccess access, MemoRouting routing, MemoRecords records, MemoFlow flow, Clearance clearance) {
        this.clearance = clearance;
        this.memos = memos;
        this.access = access;
        this.routing = routing;
        this.records = records;
        this.flow = flow;
    }

    /** Presents the memo upward with a purpose (default: the memo's own) and an optional note. */
    @Transactional
    public void present(long memoId, String purpose, String note) {
        Memo memo = waiting(memoId);
        ActorStamp by = access.stamp(access.requireFilling(memo.getAtPositionId(), "memo.error.not-at-your-level"));
        MemoPurpose asked = MemoTexts.parse(MemoPurpose.class, purpose, memo.getPurpose(), "memo.field.purpose");
        String clean = MemoTexts.note(note, false);
        MemoRoute.Step step = routing.next(memo.getDrafter().positionId(), memo.getAddresseePositionId(), memo.getAtPositionId())
                .orElseThrow(() -> new RuleViolation("memo.error.at-top"));
        // the next level must be cleared for a classified memo (refused before the เกษียน is written)
        clearance.requireReceiving(step.target(), memo.getSecrecy(), MemoCase.TYPE, memo.getId(), "forward");
        records.annotate(memo, by, new MemoRecords.Annotation(AnnotationKind.PRESENT, null, step.target(), asked, null, clean));
        flow.moveTo(memo, step, by);
        flow.completeTo(memo, MemoCase.TASK_ANNOTATE, "PRESENT", step);
        records.event(memo, MemoEvent.PRESENTED, by, records.title(step.target()));
    }

    /** Returns the memo to the drafter with the reason (required); it goes up again from the first level. */
    @Transactional
    public void returnForCorrection(long memoId, String note) {
        Memo memo = waiting(memoId);
        ActorStamp by = access.stamp(access.requireFilling(memo.getAtPositionId(), "memo.error.not-at-your-level"));
        String reason = MemoTexts.note(note, true);
        records.annotate(memo, by, new MemoRecords.Annotation(AnnotationKind.RETURN, null,
                memo.getDrafter().positionId(), null, null, reason));
        memo.returned(records.now());
        flow.complete(memo, MemoCase.TASK_ANNOTATE, "RETURN", null);
        records.alert(memo, memo.getDrafter().positionId(), AlertKind.REPORT_RETURNED);
        records.event(memo, MemoEvent.RETURNED, by, reason);
    }

    /** The memo locked and waiting in the chain; refused (nothing changed) in any other state. */
    private Memo waiting(long memoId) {
        Memo memo = access.visible(memos.lockById(memoId));
        if (memo.getStatus() != MemoStatus.IN_CHAIN) {
            throw new RuleViolation("memo.error.not-in-chain");
        }
        return memo;
    }

    Memo waitingForDecision(long memoId) {
        return waiting(memoId);
    }
}
