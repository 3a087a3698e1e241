package th.tidtam.process.identity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.TenantQueryProperty;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TenantEntity;

import th.tidtam.org.PositionRole;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.IdentityGroup;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.ProvinceSummary;
import th.tidtam.org.service.Provinces;

/**
 * Camunda's tenants are the installation's provinces: id the province's code (TH-24), name its Thai name. A person
 * is a member of the province their positions lie in; the installation's administrator (an administrator position in
 * no province) of every province. A position's or unit's group is a member of its province; the camunda-admin group
 * of none (a province's administrator is in it too). A handful of provinces: filtered in memory.
 */
class ProvinceTenantQuery extends TenantQueryImpl {

    private final Provinces provinces;
    private final OrgDirectory directory;

    ProvinceTenantQuery(Provinces provinces, OrgDirectory directory) {
        this.provinces = provinces;
        this.directory = directory;
    }

    static Tenant toTenant(ProvinceSummary province) {
        TenantEntity tenant = new TenantEntity(province.code());
        tenant.setName(province.nameTh());
        return tenant;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matching().count();
    }

    @Override
    public List<Tenant> executeList(CommandContext commandContext, Page page) {
        int first = page != null ? page.getFirstResult() : getFirstResult();
        int max = page != null ? page.getMaxResults() : getMaxResults();
        Comparator<ProvinceSummary> order = Comparator.comparing(ProvinceSummary::code);
        for (QueryOrderingProperty property : getOrderingProperties()) {
            Comparator<ProvinceSummary> by = TenantQueryProperty.NAME.equals(property.getQueryProperty())
                    ? Comparator.comparing(ProvinceSummary::nameTh) : Comparator.comparing(ProvinceSummary::code);
            order = Direction.DESCENDING.equals(property.getDirection()) ? by.reversed() : by;
        }
        return matching().sorted(order).skip(Math.max(first, 0)).limit(Math.max(max, 0))
                .map(ProvinceTenantQuery::toTenant).toList();
    }

    private Stream<ProvinceSummary> matching() {
        Predicate<ProvinceSummary> p = province -> true;
        if (getId() != null) {
            p = p.and(province -> province.code().equals(getId()));
        }
        if (getIds() != null) {
            Set<String> ids = Set.of(getIds());
            p = p.and(province -> ids.contains(province.code()));
        }
        if (getName() != null) {
            p = p.and(province -> province.nameTh().equals(getName()));
        }
        if (getNameLike() != null) {
            String like = "(?s)" + Arrays.stream(getNameLike().toLowerCase(Locale.ROOT).split("%", -1))
                    .map(java.util.regex.Pattern::quote).collect(Collectors.joining(".*"));
            p = p.and(province -> province.nameTh().toLowerCase(Locale.ROOT).matches(like));
        }
        if (getUserId() != null || getGroupId() != null) {
            Set<Long> member = members();
            p = p.and(province -> member.contains(province.id()));
        }
        return provinces.all().stream().filter(p);
    }

    /** The provinces the user (with their groups, if asked) or the group is a member of. */
    private Set<Long> members() {
        Set<Long> ids = new java.util.HashSet<>();
        if (getUserId() != null) {
            directory.person(getUserId()).ifPresent(person -> {
                List<CurrentPosition> positions = directory.positionsFilled(person.id());
                if (positions.stream().anyMatch(c -> c.role() == PositionRole.ADMINISTRATOR && c.provinceId() == null)) {
                    provinces.all().forEach(province -> ids.add(province.id()));
                }
                positions.stream().map(CurrentPosition::provinceId).filter(java.util.Objects::nonNull).forEach(ids::add);
                if (person.provinceId() != null) {
                    ids.add(person.provinceId());
                }
            });
            // a person's groups all lie in their province: the groups add nothing to includingGroupsOfUser
        }
        if (getGroupId() != null) {
            Set<Long> ofGroup = ofGroup(getGroupId());
            if (getUserId() == null) {
                ids.addAll(ofGroup);
            } else {
                ids.retainAll(ofGroup);
            }
        }
        return ids;
    }

    private Set<Long> ofGroup(String groupId) {
        if (IdentityGroup.ADMINISTRATORS.equals(groupId)) {
            return Set.of();
        }
        if (groupId.startsWith(IdentityGroup.UNIT_PREFIX)) {
            try {
                return provinces.ofUnit(Long.valueOf(groupId.substring(IdentityGroup.UNIT_PREFIX.length())))
                        .map(Set::of).orElse(Set.of());
            } catch (NumberFormatException notAUnit) {
                // a position's code may read like a unit's group
            }
        }
        return directory.positionByCode(groupId).map(PositionSummary::provinceId).map(Set::of).orElse(Set.of());
    }
}
