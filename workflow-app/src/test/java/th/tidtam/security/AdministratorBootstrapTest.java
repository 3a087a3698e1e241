package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The production profile refuses to start with no initial administrator secret. Unit level: the check is in the
 * constructor, so no second Spring context is needed (the collaborators are not touched before run()).
 */
class AdministratorBootstrapTest {

    @Test
    void productionWithoutTheAdministratorSecretRefusesToStart() {
        assertThatThrownBy(() -> bootstrap(environment("prod"), ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TIDTAM_ADMIN_PASSWORD");
        assertThatThrownBy(() -> bootstrap(environment("prod"), "   "))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> bootstrap(environment("cloud", "prod"), ""))
                .isInstanceOf(IllegalStateException.class);
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
