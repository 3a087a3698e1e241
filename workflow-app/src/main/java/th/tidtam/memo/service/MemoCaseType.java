package th.tidtam.memo.service;

import org.springframework.stereotype.Component;

import th.tidtam.casework.CaseType;
import th.tidtam.memo.domain.MemoRepository;

/** The memo registered with the casework core: its screen and the name its API gives a memo's id. */
@Component
class MemoCaseType implements CaseType {

    private final MemoRepository cases;

    MemoCaseType(MemoRepository cases) {
        this.cases = cases;
    }

    @Override
    public boolean classified(long caseId) {
        return cases.findById(caseId).map(c -> c.getSecrecy() != null && c.getSecrecy().classified()).orElse(false);
    }

    @Override
    public String key() {
        return MemoCase.TYPE;
    }

    @Override
    public String route(long caseId) {
        return "memos/" + caseId;
    }

    @Override
    public String idField() {
        return "memoId";
    }
}
