package th.tidtam.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before anything else starts, checks that a configured external database answers. If it does not, the
 * application prints one clear line and exits non-zero instead of hanging in pool retries or dumping a
 * stack trace through every bean that needed the database.
 */
public class DatabaseReachabilityCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    public static final int EXIT_DATABASE_UNREACHABLE = 3;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        String url = env.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            return;
        }
        Duration timeout = env.getProperty("tidtam.database.connect-timeout", Duration.class, Duration.ofSeconds(10));
        Optional<String> problem = check(url, env.getProperty("spring.datasource.username"),
                env.getProperty("spring.datasource.password"), timeout);
        problem.ifPresent(message -> {
            System.err.println(message);
            System.err.flush();
            System.exit(EXIT_DATABASE_UNREACHABLE);
        });
    }

    /** @return the one-line explanation when the database cannot be reached within the timeout */
    public static Optional<String> check(String url, String username, String password, Duration timeout) {
        Properties props = new Properties();
        if (username != null) {
            props.setProperty("user", username);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        int millis = (int) Math.max(1000, timeout.toMillis());
        props.setProperty("connectTimeout", String.valueOf(millis));
        props.setProperty("socketTimeout", String.valueOf(millis));
        DriverManager.setLoginTimeout((int) Math.max(1, timeout.toSeconds()));
        try (Connection c = DriverManager.getConnection(url, props)) {
            c.isValid((int) Math.max(1, timeout.toSeconds()));
            return Optional.empty();
        } catch (SQLException e) {
            String reason = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName())
                    .lines().findFirst().orElse("").trim();
            return Optional.of("Tidtam cannot start: the database at " + redact(url) + " cannot be reached within "
                    + timeout.toSeconds() + " s (" + reason + ")");
        }
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
