package th.tidtam.process.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.OrgIdentityQueries;
import th.tidtam.org.service.Provinces;

/** Replaces Camunda's own user and group tables with the chain of command. */
@Component
class PositionIdentityProviderPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<OrgDirectory> directory;
    private final ObjectProvider<OrgIdentityQueries> queries;
    private final ObjectProvider<PasswordEncoder> passwordEncoder;
    private final ObjectProvider<Provinces> provinces;

    PositionIdentityProviderPlugin(ObjectProvider<OrgDirectory> directory, ObjectProvider<OrgIdentityQueries> queries,
            ObjectProvider<PasswordEncoder> passwordEncoder, ObjectProvider<Provinces> provinces) {
        this.directory = directory;
        this.queries = queries;
        this.passwordEncoder = passwordEncoder;
        this.provinces = provinces;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new PositionIdentityProvider(directory.getObject(), queries.getObject(), passwordEncoder.getObject(),
                        provinces.getObject());
            }
        });
        // the application's tables are the only user store: no Camunda-side admin user is created or needed
        configuration.setAuthorizationEnabled(false);
    }
}
