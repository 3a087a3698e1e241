package th.tidtam.casework;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** The case types registered with the core, by key. */
@Service
public class CaseTypes {

    private final Map<String, CaseType> byKey;

    CaseTypes(ObjectProvider<CaseType> types) {
        this.byKey = types.orderedStream().collect(Collectors.toUnmodifiableMap(CaseType::key, Function.identity()));
    }

    public Optional<CaseType> of(String key) {
        return Optional.ofNullable(key).map(byKey::get);
    }

    /** The route of a case's screen, or empty for a type nobody registered. */
    public Optional<String> route(CaseRef ref) {
        return of(ref.type()).map(t -> t.route(ref.id()));
    }

    /** The case's id under its type's own JSON name ({@code directiveId: 12}), or nothing. */
    public Map<String, Object> idFields(String caseType, Long caseId) {
        return caseId == null ? Map.of() : of(caseType).<Map<String, Object>>map(t -> Map.of(t.idField(), caseId)).orElse(Map.of());
    }
}
