package th.tidtam.matters.service;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.casework.search.CaseHit;
import th.tidtam.casework.search.CaseSearch;
import th.tidtam.casework.search.SearchText;
import th.tidtam.matters.MatterStatus;
import th.tidtam.matters.domain.Matter;
import th.tidtam.matters.domain.MatterPart;
import th.tidtam.matters.domain.MatterRepository;
import th.tidtam.org.service.CurrentPosition;

/** Matters found by number, subject, description and reference for the search across case types. */
@Component
class MatterSearch implements CaseSearch {

    private final MatterRepository matters;
    private final MatterAccess access;
    private final MatterQueries queries;

    MatterSearch(MatterRepository matters, MatterAccess access, MatterQueries queries) {
        this.matters = matters;
        this.access = access;
        this.queries = queries;
    }

    @Override
    public String caseType() {
        return MatterCase.TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseHit> search(List<CurrentPosition> positions, List<String> words, int limit) {
        if (positions.isEmpty() || words.isEmpty() || limit <= 0) {
            return List.of();
        }
        // the longest word narrows in SQL; the others and visibility are checked on the few rows it leaves
        String longest = words.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        List<Matter> found = matters.list(MatterAccess.provinces(positions), EnumSet.allOf(MatterStatus.class), SearchText.containing(longest),
                PageRequest.of(0, Math.min(limit * 5, MatterQueries.SCAN)));
        Map<Long, List<MatterPart>> byMatter = queries.partsOf(found);
        return found.stream().filter(m -> words.stream().allMatch(w -> m.getSearchText() != null && m.getSearchText().contains(w)))
                .filter(m -> access.sees(positions, m, byMatter.getOrDefault(m.getId(), List.of()))).limit(limit)
                .map(m -> new CaseHit(MatterCase.TYPE, m.getId(), m.getNumber(), m.getSubject(), m.getSourceRef(),
                        m.getReceivedOn(), m.getSecrecy()))
                .toList();
    }
}
