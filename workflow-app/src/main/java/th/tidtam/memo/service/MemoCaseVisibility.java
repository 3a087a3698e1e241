package th.tidtam.memo.service;

import java.util.List;

import org.springframework.stereotype.Component;

import th.tidtam.casework.CaseVisibility;
import th.tidtam.memo.domain.MemoRepository;
import th.tidtam.org.service.CurrentPosition;

/** The memo's answer to the casework core's visibility port: the rules of {@link MemoAccess}. */
@Component
class MemoCaseVisibility implements CaseVisibility {

    private final MemoRepository memos;
    private final MemoAccess access;

    MemoCaseVisibility(MemoRepository memos, MemoAccess access) {
        this.memos = memos;
        this.access = access;
    }

    @Override
    public String caseType() {
        return MemoCase.TYPE;
    }

    @Override
    public boolean canSee(List<CurrentPosition> positions, long caseId) {
        return memos.findById(caseId).filter(m -> access.sees(positions, m)).isPresent();
    }
}
