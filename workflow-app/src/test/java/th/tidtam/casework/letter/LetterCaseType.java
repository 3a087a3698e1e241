package th.tidtam.casework.letter;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.CaseType;
import th.tidtam.casework.CaseVisibility;
import th.tidtam.casework.attachment.AttachmentPolicy;
import th.tidtam.org.service.CurrentPosition;

/**
 * A second case type that exists only in the tests: a registered letter (หนังสือรับ) routed to some positions. It
 * plugs into the casework core through the same extension points the directive uses — {@link CaseType},
 * {@link CaseVisibility}, {@link AttachmentPolicy}, a number series — and touches neither the core nor My work. Its
 * "table" is this map: which position codes a letter is routed to.
 */
@Component
class LetterCaseType implements CaseType, CaseVisibility, AttachmentPolicy {

    static final String TYPE = "LETTER";

    private final Map<Long, Set<String>> routes = new ConcurrentHashMap<>();

    void route(long letterId, String... positionCodes) {
        routes.put(letterId, Set.of(positionCodes));
    }

    @Override
    public String key() {
        return TYPE;
    }

    @Override
    public String caseType() {
        return TYPE;
    }

    @Override
    public String route(long caseId) {
        return "letters/" + caseId;
    }

    @Override
    public String idField() {
        return "letterId";
    }

    @Override
    public boolean canSee(List<CurrentPosition> positions, long caseId) {
        Set<String> route = routes.getOrDefault(caseId, Set.of());
        return positions.stream().anyMatch(p -> route.contains(p.code()));
    }

    @Override
    public CurrentPosition attacher(List<CurrentPosition> mine, long caseId, Long partId, Long reportId) {
        if (partId != null || reportId != null) {
            throw new RuleViolation("attachment.error.no-position");
        }
        Set<String> route = routes.getOrDefault(caseId, Set.of());
        return mine.stream().filter(p -> route.contains(p.code())).findFirst()
                .orElseThrow(() -> new RuleViolation("attachment.error.no-position"));
    }

    @Override
    public boolean mayAttach(List<CurrentPosition> mine, long caseId, Long partId) {
        return partId == null && canSee(mine, caseId);
    }
}
