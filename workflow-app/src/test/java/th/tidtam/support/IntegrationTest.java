package th.tidtam.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the whole application on a real MariaDB: Testcontainers' MariaDB where a Docker engine exists,
 * otherwise the embedded MariaDB the application itself uses. Every test with this annotation shares one context;
 * do not add per-test properties or mock beans, or the suite pays for a new context and database. Besides the
 * application's beans a test may autowire {@link ApiClient} and {@link DirectiveFixtures} ({@link IntegrationTestBeans}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(IntegrationTestBeans.class)
// the metrics as in production (Prometheus registry and endpoint, README "Monitoring"); Boot's tests would otherwise
// keep only an in-memory registry
@AutoConfigureObservability(tracing = false)
@org.junit.jupiter.api.extension.ExtendWith(SignedOutBetweenTests.class)
public @interface IntegrationTest {
}
