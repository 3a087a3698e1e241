package th.tidtam.partners.service;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.ProvinceScope;
import th.tidtam.security.CurrentUser;
import th.tidtam.security.Roles;

/**
 * Which provinces' partners the current request sees: a province's people their own province's register only; the
 * installation's administrator (in no province) and system work without a signed-in user (the demo loader, jobs
 * that already hold a request) every province's. Anyone else in no province (the Ministry's desk) sees none.
 */
@Component
public class PartnerScope {

    private final CurrentUser currentUser;
    private final OrgDirectory org;

    PartnerScope(CurrentUser currentUser, OrgDirectory org) {
        this.currentUser = currentUser;
        this.org = org;
    }

    /** The provinces to hold a query to; empty = every province. */
    public Optional<Collection<Long>> provinceIds() {
        return currentUser.get().filter(u -> !u.hasRole(Roles.ADMIN))
                .map(u -> ProvinceScope.of(positions()).idsForQuery());
    }

    public boolean includes(Long provinceId) {
        return provinceIds().map(ids -> ids.contains(provinceId)).orElse(true);
    }

    /** The province a partner created now belongs to: the creator's; empty for an account in no province. */
    Optional<Long> creatorsProvince() {
        ProvinceScope scope = ProvinceScope.of(positions());
        return scope.provinceIds().size() == 1 ? Optional.of(scope.single()) : Optional.empty();
    }

    private List<CurrentPosition> positions() {
        return currentUser.get().map(u -> org.positionsFilled(u.personId())).orElse(List.of());
    }
}
