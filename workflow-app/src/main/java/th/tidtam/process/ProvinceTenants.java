package th.tidtam.process;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateCaseExecution;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.ProvinceScope;
import th.tidtam.org.service.ProvinceSummary;
import th.tidtam.org.service.Provinces;
import th.tidtam.security.TidtamUser;

/**
 * A province is a Camunda tenant: its ISO code (TH-24) is the tenant id of every process instance started for it, and
 * so of its tasks, jobs, variables and history. The process definitions stay shared (deployed without a tenant).
 *
 * <p>The province of a new instance: the calling instance's (call activities), else the one named by the start
 * variable {@value #PROVINCE_VARIABLE} (a province id) if a caller passes it, else the case's province the starter
 * named ({@link Workflows#start(String, String, Long, java.util.Map)}, {@link #forProvince}), else the province of the
 * current user's positions, else the installation's only province. An instance no province can be found for (a timer
 * start event of an installation with two provinces: the monthly list of unowned matters, which serves every
 * province) gets no tenant: installation-wide.
 */
@Component
class ProvinceTenants implements TenantIdProvider {

    /** Optional start variable: the id of the province the new process belongs to. */
    static final String PROVINCE_VARIABLE = "provinceId";

    private final Provinces provinces;
    private final OrgDirectory directory;
    /** The case's province a starter names for the starts it makes on this thread (no engine variable is stored). */
    private final ThreadLocal<Long> named = new ThreadLocal<>();

    ProvinceTenants(Provinces provinces, OrgDirectory directory) {
        this.provinces = provinces;
        this.directory = directory;
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        DelegateExecution caller = ctx.getSuperExecution();
        if (caller != null) {
            return caller.getTenantId();
        }
        DelegateCaseExecution callingCase = ctx.getSuperCaseExecution();
        if (callingCase != null) {
            return callingCase.getTenantId();
        }
        return forNewInstance(ctx.getVariables());
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        if (ctx.getSuperExecution() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        if (ctx.getSuperCaseExecution() != null) {
            return ctx.getSuperCaseExecution().getTenantId();
        }
        return forNewInstance(ctx.getVariables());
    }

    /** A decision evaluated inside a process belongs to that process's province; one evaluated alone to none. */
    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        if (ctx.getExecution() != null) {
            return ctx.getExecution().getTenantId();
        }
        return ctx.getCaseExecution() == null ? null : ctx.getCaseExecution().getTenantId();
    }

    /**
     * Runs {@code start} with new instances taking {@code provinceId}'s tenant, whoever (if anyone) is signed in;
     * {@code provinceId} null names none. Nested, the innermost province counts; the previous one is back afterwards.
     */
    <T> T forProvince(Long provinceId, java.util.function.Supplier<T> start) {
        if (provinceId == null) {
            return start.get();
        }
        Long before = named.get();
        named.set(provinceId);
        try {
            return start.get();
        } finally {
            if (before == null) {
                named.remove();
            } else {
                named.set(before);
            }
        }
    }

    private String forNewInstance(VariableMap variables) {
        Object variable = variables == null ? null : variables.get(PROVINCE_VARIABLE);
        Object named = variable instanceof Number ? variable : this.named.get();
        if (named instanceof Number id) {
            return provinces.byId(id.longValue()).map(ProvinceSummary::code)
                    .orElseThrow(() -> new IllegalArgumentException("No province " + id));
        }
        return currentUser().flatMap(this::provinceOf).or(() -> provinces.onlyOne().map(ProvinceSummary::code))
                .orElse(null);
    }

    /** The tenant (province code) of the person's current positions, if they lie in exactly one province. */
    Optional<String> provinceOf(TidtamUser user) {
        ProvinceScope scope = ProvinceScope.of(directory.currentPositions(user.personId()));
        return scope.provinceIds().size() == 1 ? provinces.byId(scope.single()).map(ProvinceSummary::code)
                : Optional.empty();
    }

    /** Every province's tenant id, in code order. */
    List<String> all() {
        return provinces.all().stream().map(ProvinceSummary::code).toList();
    }

    static Optional<TidtamUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof TidtamUser user ? Optional.of(user) : Optional.empty();
    }
}
