package th.tidtam.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Provinces as Camunda tenants ({@link ProvinceTenants}): every new process instance takes its province's code as
 * tenant id, and once the engine is built the instances of an installation that ran before tenants get theirs
 * ({@link TenantBackfill}). The tenant check stays on (Camunda's default): whoever the engine is told is
 * authenticated with tenant ids sees only those tenants' instances (Cockpit and the REST API for a province's
 * administrator, {@link EngineAuthentication}); the application's own calls carry no engine authentication and see
 * all, as before. Authorisation checks stay off (the identity plugin): the application decides who may do what.
 */
@Component
class ProvinceTenantsPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<ProvinceTenants> tenants;
    private final ObjectProvider<TenantBackfill> backfill;

    ProvinceTenantsPlugin(ObjectProvider<ProvinceTenants> tenants, ObjectProvider<TenantBackfill> backfill) {
        this.tenants = tenants;
        this.backfill = backfill;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // resolved at the first process start: the org services are not needed (nor built) before
        configuration.setTenantIdProvider(new TenantIdProvider() {
            @Override
            public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
                return tenants.getObject().provideTenantIdForProcessInstance(ctx);
            }

            @Override
            public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
                return tenants.getObject().provideTenantIdForCaseInstance(ctx);
            }

            @Override
            public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
                return tenants.getObject().provideTenantIdForHistoricDecisionInstance(ctx);
            }
        });
        configuration.setTenantCheckEnabled(true);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        backfill.getObject().run(engine.getManagementService());
    }
}
