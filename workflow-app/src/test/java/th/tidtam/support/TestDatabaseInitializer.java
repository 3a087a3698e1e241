package th.tidtam.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MariaDBContainer;

/**
 * Chooses the test database: a Testcontainers MariaDB 11.4 when a Docker engine answers, else nothing here, so
 * the application starts its embedded MariaDB (a real server too). Never H2.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(TestDatabaseInitializer.class);
    private static MariaDBContainer<?> container;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!dockerAvailable()) {
            log.info("No Docker engine: the tests use the embedded MariaDB");
            return;
        }
        synchronized (TestDatabaseInitializer.class) {
            if (container == null) {
                container = new MariaDBContainer<>("mariadb:11.4")
                        .withCommand("--transaction-isolation=READ-COMMITTED", "--character-set-server=utf8mb4",
                                "--collation-server=utf8mb4_unicode_ci");
                container.start();
            }
        }
        TestPropertyValues.of("spring.datasource.url=" + container.getJdbcUrl(),
                "spring.datasource.username=" + container.getUsername(),
                "spring.datasource.password=" + container.getPassword()).applyTo(context);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
