package th.tidtam.casework;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.security.CurrentUser;

/**
 * Asks the owning case type, through its {@link CaseVisibility}, whether the current user may see a case. A case of a
 * type nobody registered is seen by nobody.
 */
@Service
public class CaseAccess {

    private final Map<String, CaseVisibility> byType;
    private final OrgDirectory org;
    private final CurrentUser currentUser;

    CaseAccess(org.springframework.beans.factory.ObjectProvider<CaseVisibility> visibilities, OrgDirectory org, CurrentUser currentUser) {
        this.byType = visibilities.orderedStream().collect(Collectors.toUnmodifiableMap(CaseVisibility::caseType, Function.identity()));
        this.org = org;
        this.currentUser = currentUser;
    }

    /** The positions the current user fills today (none when nobody is signed in). */
    public List<CurrentPosition> myPositions() {
        return currentUser.get().map(u -> org.positionsFilled(u.personId())).orElse(List.of());
    }

    public boolean canSee(CaseRef ref) {
        return canSee(myPositions(), ref);
    }

    public boolean canSee(List<CurrentPosition> positions, CaseRef ref) {
        CaseVisibility visibility = byType.get(ref.type());
        return visibility != null && !positions.isEmpty() && visibility.canSee(positions, ref.id());
    }

    /** Which cases of one type the current user may see, in one question to the case type. */
    public List<Long> visibleAmong(String caseType, Collection<Long> ids) {
        CaseVisibility visibility = byType.get(caseType);
        List<CurrentPosition> positions = myPositions();
        return visibility == null || ids.isEmpty() || positions.isEmpty() ? List.of() : visibility.visibleAmong(positions, ids);
    }
}
