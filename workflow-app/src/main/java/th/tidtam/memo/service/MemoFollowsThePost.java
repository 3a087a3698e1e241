package th.tidtam.memo.service;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.casework.alert.AlertKind;
import th.tidtam.memo.MemoStatus;
import th.tidtam.memo.domain.Memo;
import th.tidtam.memo.domain.MemoRepository;
import th.tidtam.process.WorkReturnedToPost;

/**
 * A memo that skipped a vacant level waits at that level again once its post is filled (issue 16): the process module
 * moved the level's task back and wrote the timeline entry; the memo's own record of where it waits follows, and the
 * level is told, as when a memo reaches it. From there it climbs on as usual.
 */
@Component
class MemoFollowsThePost {

    private final MemoRepository memos;
    private final MemoRecords records;

    MemoFollowsThePost(MemoRepository memos, MemoRecords records) {
        this.memos = memos;
        this.records = records;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void workReturned(WorkReturnedToPost returned) {
        if (!MemoCase.TYPE.equals(returned.caseType()) || returned.caseId() == null || returned.toPositionId() == null) {
            return;
        }
        memos.lockById(returned.caseId())
                .filter(m -> m.getStatus() == MemoStatus.IN_CHAIN && returned.fromPositionId() != null
                        && returned.fromPositionId().equals(m.getAtPositionId()))
                .ifPresent(memo -> moveBack(memo, returned.toPositionId()));
    }

    private void moveBack(Memo memo, Long level) {
        memo.waitAt(level, records.now());
        records.reached(memo, level);
        records.alert(memo, level, AlertKind.REQUESTED);
    }
}
