package th.tidtam.base.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.TestLogins;

/**
 * What operations read at {@code /actuator/prometheus} (README, "Monitoring"), scraped over real HTTP as Prometheus
 * does, with the administrator's API token. Who else may read it: EndpointAccessTest and the authorisation matrix.
 */
@IntegrationTest
class PrometheusScrapeTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiClient api;

    @Autowired
    MeterRegistry registry;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theAdministratorsScrapeHasTheApplicationsFiguresThePoolsAndTheRequestLatencyByRouteTemplate() {
        assertThat(api.get("/api/me", "staff").status()).isEqualTo(200);
        long directive = api.get("/api/directives?limit=1", "governor").body().get("items").get(0).get("id").asLong();
        assertThat(api.get("/api/directives/" + directive, "governor").status()).isEqualTo(200);

        // the first scrape starts the reads of the database figures; a later one shows them
        String text = Awaitility.await("the database figures were read").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).until(this::scrape, t -> value(t, "tidtam_tasks_open") > 0
                        && value(t, "tidtam_tasks_open_by_type", "case_type=\"DIRECTIVE\"") > 0
                        && !Double.isNaN(value(t, "tidtam_outbox_messages", "status=\"pending\""))
                        && !Double.isNaN(value(t, "tidtam_jobs_due")));

        assertThat(value(text, "tidtam_jobs_failed")).isNotNaN();
        assertThat(value(text, "tidtam_outbox_oldest_due_seconds")).isNotNaN();
        assertThat(value(text, "tidtam_figures_age_seconds", "source=\"work_item\"")).isBetween(0.0, 60.0);
        assertThat(text).contains("tidtam_escalations_total{application=\"tidtam\",case_type=\"DIRECTIVE\"}")
                .contains("tidtam_logins_failed_total").contains("tidtam_logins_succeeded_total");
        for (String pool : List.of("main", "audit")) {
            assertThat(text).as("pool %s", pool).containsPattern("hikaricp_connections_pending\\{[^}]*pool=\"" + pool + "\"")
                    .containsPattern("hikaricp_connections_acquire_seconds_count\\{[^}]*pool=\"" + pool + "\"");
        }
        // the API's routes by template, with a histogram (p95 by histogram_quantile); never a raw id
        assertThat(text).containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/me\"")
                .containsPattern("http_server_requests_seconds_bucket\\{(?=[^}]*le=\"0\\.1\")(?=[^}]*uri=\"/api/me\")")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/directives/\\{id\\}\"")
                .doesNotContain("uri=\"/api/directives/" + directive + "\"");
        // whatever else this context served (screens, Camunda, files): fixed names and templates, never an id
        java.util.Set<String> uris = new java.util.TreeSet<>();
        Matcher uri = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"").matcher(text);
        while (uri.find()) {
            uris.add(uri.group(1));
        }
        System.out.println("PrometheusScrapeTest: uri tags " + uris);
        assertThat(uris).noneMatch(u -> u.matches(".*/\\d+(/.*)?") || u.matches(".*[0-9a-f]{8}-[0-9a-f]{4}.*"));
    }

    @Test
    void aRefusedLoginIsCounted() {
        Counter refused = registry.find("tidtam.logins.failed").tags("reason", "BadCredentials", "via", "basic").counter();
        double before = refused == null ? 0 : refused.count();

        HttpResponse<String> response = get("/api/me", "t.metrics." + System.nanoTime() + ":not-a-password");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(registry.find("tidtam.logins.failed").tags("reason", "BadCredentials", "via", "basic").counter().count())
                .isEqualTo(before + 1);
    }

    private String scrape() {
        HttpResponse<String> response = get("/actuator/prometheus", TestLogins.credentials("admin", "demo"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        return response.body();
    }

    /** The value of the first sample of {@code name} whose labels contain {@code label}; NaN when there is none. */
    static double value(String text, String name, String... label) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$").matcher(text);
        while (m.find()) {
            if (label.length == 0 || m.group(1).contains(label[0])) {
                return Double.parseDouble(m.group(2));
            }
        }
        return Double.NaN;
    }

    private HttpResponse<String> get(String path, String credentials) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "text/plain")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(path + ": " + e, e);
        }
    }
}
