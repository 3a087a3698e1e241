package th.tidtam.memo.service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.memo.domain.Memo;
import th.tidtam.memo.domain.MemoRepository;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.process.WorkItem;
import th.tidtam.work.CaseWorkItems;

/**
 * What the memo adds to its work items in "My work": {@code memoId} and {@code memoNumber}, and the subjects, which
 * the process does not carry (free text stays out of the engine).
 */
@Component
class MemoWorkItems implements CaseWorkItems {

    private final MemoRepository memos;
    private final MemoAccess access;

    MemoWorkItems(MemoRepository memos, MemoAccess access) {
        this.memos = memos;
        this.access = access;
    }

    @Override
    public String caseType() {
        return MemoCase.TYPE;
    }

    @Override
    public Map<String, Object> caseFields(WorkItem item) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("memoId", item.caseId());
        fields.put("memoNumber", item.caseNumber());
        return fields;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> subjects(Collection<Long> caseIds) {
        List<CurrentPosition> mine = access.mine();
        Map<Long, String> subjects = new LinkedHashMap<>();
        for (Memo m : memos.findAllById(caseIds)) {
            if (access.sees(mine, m)) {
                subjects.put(m.getId(), m.getSubject());
            }
        }
        return subjects;
    }
}
