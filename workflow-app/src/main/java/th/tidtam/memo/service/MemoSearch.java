package th.tidtam.memo.service;

import java.util.Comparator;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.casework.search.CaseHit;
import th.tidtam.casework.search.CaseSearch;
import th.tidtam.memo.domain.Memo;
import th.tidtam.memo.domain.MemoRepository;
import th.tidtam.org.service.CurrentPosition;

/**
 * Memos found by number, subject, agency, reference and text for the search across case types; visibility is decided
 * in the query (the positions the memo reached, or every memo for the governor and the head of office), and a
 * classified memo's clearance on the few rows it leaves.
 */
@Component
class MemoSearch implements CaseSearch {

    private final MemoRepository memos;
    private final MemoAccess access;

    MemoSearch(MemoRepository memos, MemoAccess access) {
        this.memos = memos;
        this.access = access;
    }

    @Override
    public String caseType() {
        return MemoCase.TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseHit> search(List<CurrentPosition> positions, List<String> words, int limit) {
        if (positions.isEmpty() || words.isEmpty() || limit <= 0) {
            return List.of();
        }
        // the longest word narrows in SQL; the others are checked here on the few rows it leaves
        String longest = words.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        String pattern = "%" + longest.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<Long> ids = MemoAccess.ids(positions);
        return memos.search(pattern, access.provinces(positions), MemoAccess.seesAll(positions), ids, PageRequest.of(0, Math.min(limit * 5, 500)))
                .stream().filter(m -> words.stream().allMatch(w -> m.getSearchText() != null && m.getSearchText().contains(w)))
                // a classified memo only through a position cleared for its class (the query knows the route alone)
                .filter(m -> !m.getSecrecy().classified() || access.sees(positions, m))
                .limit(limit).map(MemoSearch::hit).toList();
    }

    private static CaseHit hit(Memo m) {
        return new CaseHit(MemoCase.TYPE, m.getId(), m.getNumber(), m.getSubject(), m.getAgency(), m.getMemoDate(),
                m.getSecrecy());
    }
}
