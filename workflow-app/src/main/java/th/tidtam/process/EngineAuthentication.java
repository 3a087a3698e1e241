package th.tidtam.process;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.tidtam.org.service.IdentityGroup;
import th.tidtam.org.service.OrgIdentityQueries;
import th.tidtam.security.Roles;
import th.tidtam.security.TidtamUser;

/**
 * Who the engine is told is calling from the REST API (and Cockpit), and for which tenants. The installation's
 * administrator (ADMIN): their groups (among them camunda-admin, for whom the engine checks no tenant) and every
 * province. A province's administrator (PROVINCE_ADMIN): their groups without camunda-admin and their province's
 * tenant only, so that every engine query and command sees that province's processes alone (another province's
 * instance by id is "not found"). Anyone else has no engine identity (Spring Security refuses them anyway).
 */
@Component
class EngineAuthentication {

    /** The engine's view of a caller. */
    record EngineCaller(String userId, List<String> groupIds, List<String> tenantIds) {
    }

    private final OrgIdentityQueries queries;
    private final ProvinceTenants tenants;

    EngineAuthentication(OrgIdentityQueries queries, ProvinceTenants tenants) {
        this.queries = queries;
        this.tenants = tenants;
    }

    Optional<EngineCaller> current() {
        return ProvinceTenants.currentUser().flatMap(this::of);
    }

    Optional<EngineCaller> of(TidtamUser user) {
        if (user.hasRole(Roles.ADMIN)) {
            return Optional.of(new EngineCaller(user.username(), queries.groupIdsOf(user.username()), tenants.all()));
        }
        if (user.hasRole(Roles.PROVINCE_ADMIN)) {
            // a caller with no province to their name gets the tenant no process has: nothing, rather than everything
            List<String> tenantIds = List.of(tenants.provinceOf(user).orElse("-"));
            List<String> groups = queries.groupIdsOf(user.username()).stream()
                    .filter(g -> !IdentityGroup.ADMINISTRATORS.equals(g)).toList();
            return Optional.of(new EngineCaller(user.username(), groups, tenantIds));
        }
        return Optional.empty();
    }
}
