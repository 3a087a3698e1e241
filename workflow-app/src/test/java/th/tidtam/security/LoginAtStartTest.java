package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import th.tidtam.drill.support.AppNode;

/**
 * Issue 17: starting Tidtam and logging in at once as {@code governor} works the first time the login page is
 * offered. A node of its own on a fresh embedded database (demo data loaded on this start) is asked for its login page
 * from the moment the JVM is launched, as an impatient person or a retrying script would: until the start is complete
 * every answer is the 503 "starting" page (never a login form that would call the demo password wrong and count a
 * failure towards a lock), and the first 200 takes the governor's login at once.
 * <p>
 * The node runs from the test classpath (development mode): inside the test phase the production jar is not built
 * yet, and the gate and the start order are the same in both. One node, one login, about a minute; part of the normal
 * suite (not a drill).
 */
@Tag("startup")
class LoginAtStartTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theFirstLoginPageOfferedTakesTheGovernorsLoginAtOnce() throws Exception {
        Path root = Path.of("target", "login-at-start").toAbsolutePath();
        String dir = root.resolve(UUID.randomUUID().toString()).toString();
        try (AppNode node = AppNode.start(new AppNode.Options("login-at-start").returnAtLaunch()
                .arg("tidtam.embedded-db.data-dir", dir)
                .arg("tidtam.embedded-db.server-dir", Path.of("target", "mariadb-server").toAbsolutePath())
                .arg("tidtam.embedded-db.fresh", true)
                .arg("tidtam.embedded-db.allow-temp-dir", true)
                .arg("tidtam.demo-data", true)
                .arg("tidtam.attachments.dir", dir + "-files")
                .arg("tidtam.security.secret-key-file", dir + "-secret.key")
                .arg("camunda.bpm.job-execution.enabled", false)
                .arg("logging.level.root", "WARN"), root)) {
            List<Integer> before = new ArrayList<>();
            AtomicReference<HttpResponse<String>> offered = new AtomicReference<>();
            // an upper bound only (a minute on a quiet machine); shared, loaded build machines have needed far more
            await("the login page, asked from the JVM's launch")
                    .atMost(Duration.ofMinutes(Long.getLong("drill.node-start-minutes", 20L)))
                    .pollInterval(Duration.ofMillis(250)).until(() -> {
                        if (!node.isAlive()) {
                            throw new AssertionError("the node ended:\n" + node.logTail());
                        }
                        // health first: once it says UP the login page must be there (the gate opens on the same state)
                        Optional<HttpResponse<String>> health = get(node, "/actuator/health", null);
                        Optional<HttpResponse<String>> page = get(node, "/login", null);
                        if (page.isEmpty()) {
                            return false; // not listening yet
                        }
                        if (page.get().statusCode() == 200) {
                            offered.set(page.get());
                            return true;
                        }
                        before.add(page.get().statusCode());
                        health.ifPresent(h -> assertThat(h.statusCode())
                                .as("/actuator/health while the login page is not offered").isEqualTo(503));
                        assertThat(page.get().statusCode()).as("an answer before the login page").isEqualTo(503);
                        assertThat(page.get().headers().firstValue("Retry-After")).isPresent();
                        return false;
                    });

            String cookie = sessionCookie(offered.get()).orElse("");
            String form = "username=governor&password=" + URLEncoder.encode("demo", StandardCharsets.UTF_8);
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(Duration.ofMinutes(1)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as("the login form's answer (after %d 'starting' answers)", before.size())
                    .isEqualTo(302);
            assertThat(login.headers().firstValue("Location").orElse(""))
                    .as("where the governor's first login lands").doesNotContain("/login");
            String session = sessionCookie(login).orElse(cookie);
            HttpResponse<String> home = get(node, "/", session).orElseThrow();
            assertThat(home.statusCode()).as("the application's first page, logged in").isEqualTo(200);
            // the probe is for signed-in callers (as /actuator/health/** always was); anonymous ones get 401
            HttpResponse<String> readiness = get(node, "/actuator/health/readiness", session).orElseThrow();
            assertThat(readiness.statusCode()).as("readiness, now that logins work").isEqualTo(200);
            assertThat(readiness.body()).contains("\"UP\"");
        }
    }

    /** The answer, or empty while the node does not accept connections yet. */
    private Optional<HttpResponse<String>> get(AppNode node, String path, String cookie) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                .timeout(Duration.ofMinutes(1)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            return Optional.of(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException notListening) {
            return Optional.empty();
        }
    }

    private static Optional<String> sessionCookie(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst();
    }
}
