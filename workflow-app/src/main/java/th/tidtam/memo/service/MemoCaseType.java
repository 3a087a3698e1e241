package th.tidtam.memo.service;

import org.springframework.stereotype.Component;

import th.tidtam.casework.CaseType;

/** The memo registered with the casework core: its screen and the name its API gives a memo's id. */
@Component
class MemoCaseType implements CaseType {

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
