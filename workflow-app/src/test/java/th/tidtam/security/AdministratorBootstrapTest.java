package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import th.tidtam.base.StartupRefused;

/**
 * The production profile refuses to start with no initial administrator secret. Unit level: the check is in the
 * constructor, so no second Spring context is needed (the collaborators are not touched before run()).
 */
class AdministratorBootstrapTest {

    @Test
    void productionWithoutTheAdministratorSecretRefusesToStart() {
        assertThatThrownBy(() -> bootstrap(environment("prod"), ""))
                .isInstanceOf(StartupRefused.class)
                .satisfies(e -> assertThat(((StartupRefused) e).action()).contains("TIDTAM_ADMIN_PASSWORD"));
        assertThatThrownBy(() -> bootstrap(environment("prod"), "   "))
                .isInstanceOf(StartupRefused.class);
        assertThatThrownBy(() -> bootstrap(environment("cloud", "prod"), ""))
                .isInstanceOf(StartupRefused.class);
    }

    @Test
    void productionWithTheSecretStarts() {
        assertThatCode(() -> bootstrap(environment("prod"), "a-long-initial-secret")).doesNotThrowAnyException();
    }

    @Test
    void otherProfilesStartWithoutTheSecret() {
        assertThatCode(() -> bootstrap(environment(), "")).doesNotThrowAnyException();
        assertThatCode(() -> bootstrap(environment("test"), "")).doesNotThrowAnyException();
        assertThatCode(() -> bootstrap(environment("production-like"), "")).doesNotThrowAnyException();
    }

    private static MockEnvironment environment(String... profiles) {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles(profiles);
        return env;
    }

    private static AdministratorBootstrap bootstrap(MockEnvironment env, String secret) {
        return new AdministratorBootstrap(null, null, null, env, secret, "admin", Clock.systemUTC());
    }
}
