package th.tidtam.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

import th.tidtam.org.service.OrgDirectory;

/**
 * What every {@link IntegrationTest} may autowire besides the application's own beans: an {@link ApiClient} on the
 * running server's port and the {@link DirectiveFixtures}. Imported by the annotation itself, so all integration
 * tests keep sharing one context. Lazy: the port is known only once the server has started.
 */
@TestConfiguration(proxyBeanMethods = false)
class IntegrationTestBeans {

    @Bean
    @Lazy
    ApiClient apiClient(Environment environment) {
        return new ApiClient(environment.getRequiredProperty("local.server.port", Integer.class));
    }

    /** Enrols the administrator's second factor and makes their API token when a test first needs them. */
    @Bean
    TestLogins.Enroller adminSecondFactor(th.tidtam.security.SecondFactors factors, th.tidtam.security.ApiTokens tokens,
            OrgDirectory directory, java.time.Clock clock) {
        return new TestLogins.Enroller(factors, tokens, directory, clock);
    }

    /**
     * Root units made by {@link OrgFixtures} join the demo province (the governor's), as they did before a second
     * province existed; only rows still without a province, so a province's own root is never touched.
     */
    @Bean
    Object fixtureUnitsInTheDemoProvince(org.springframework.jdbc.core.JdbcTemplate jdbc, OrgDirectory directory) {
        OrgFixtures.inDemoProvince = unitId -> directory.positionByCode("GOVERNOR").map(p -> p.provinceId())
                .ifPresent(province -> jdbc.update("update org_unit set province_id = ? where id = ? and province_id is null",
                        province, unitId));
        return OrgFixtures.class;
    }

    @Bean
    @Lazy
    DirectiveFixtures directiveFixtures(ApiClient api, OrgDirectory org) {
        return new DirectiveFixtures(api, org);
    }
}
