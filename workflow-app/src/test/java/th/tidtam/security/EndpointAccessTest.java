package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.tidtam.support.IntegrationTest;

/**
 * Camunda's REST API and webapps are for administrators only (7.24.0 CE has a known expression-injection advisory), and
 * so is the Prometheus endpoint (by API token): asked over real HTTP against the running server, without following
 * redirects.
 */
@IntegrationTest
class EndpointAccessTest {

    private static final String ENGINE = "/engine-rest/engine";
    private static final String COCKPIT = "/camunda/app/cockpit/default/";
    private static final String PROMETHEUS = "/actuator/prometheus";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theEngineRestApiChallengesAnAnonymousCaller() throws Exception {
        HttpResponse<String> response = get(ENGINE, null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
    }

    @Test
    void theEngineRestApiForbidsAUserWhoIsNotAnAdministrator() throws Exception {
        assertThat(get(ENGINE, "staff", "demo").statusCode()).isEqualTo(403);
        assertThat(get(ENGINE, "governor", "demo").statusCode()).isEqualTo(403);
    }

    @Test
    void theEngineRestApiAnswersTheAdministrator() throws Exception {
        HttpResponse<String> response = get(ENGINE, "admin", "demo");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"default\"");
    }

    @Test
    void taskQueriesCarryingExpressionsAreRefusedEvenForTheAdministrator() throws Exception {
        assertThat(get("/engine-rest/task?assigneeExpression=" + java.net.URLEncoder.encode("${1+1}", StandardCharsets.UTF_8),
                "admin", "demo").statusCode()).isEqualTo(400);
        HttpResponse<String> orQueries = post("/engine-rest/task", "admin", "demo",
                "{\"orQueries\":[{\"candidateGroupExpression\":\"${''.getClass()}\"}]}");
        assertThat(orQueries.statusCode()).isEqualTo(400);
        assertThat(orQueries.body()).contains("engine.error.expression-refused").contains("message_th");
        assertThat(post("/engine-rest/task/count", "admin", "demo",
                "{\"processVariables\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"asc\"}],"
                        + "\"nested\":{\"dueDateExpression\":\"${now()}\"}}").statusCode()).isEqualTo(400);
        // a plain query still works, and a refused one never reached the engine
        assertThat(post("/engine-rest/task/count", "admin", "demo", "{\"candidateGroup\":\"GOVERNOR\"}").statusCode())
                .isEqualTo(200);
        assertThat(get("/engine-rest/task?candidateGroup=GOVERNOR", "admin", "demo").statusCode()).isEqualTo(200);
        assertThat(post("/engine-rest/task", "staff", "demo", "{\"orQueries\":[]}").statusCode())
                .as("others still get 403 first").isEqualTo(403);
    }

    @Test
    void aWrongPasswordOrUnknownUserIsUnauthorized() throws Exception {
        assertThat(get(ENGINE, "admin", "not-the-password").statusCode()).isEqualTo(401);
        assertThat(get(ENGINE, "nobody.here", "demo").statusCode()).isEqualTo(401);
        assertThat(get(COCKPIT, "admin", "not-the-password").statusCode()).isEqualTo(401);
    }

    @Test
    void theCockpitIsForAdministratorsOnly() throws Exception {
        assertThat(get(COCKPIT, null, null).statusCode()).isEqualTo(401);
        assertThat(get(COCKPIT, "staff", "demo").statusCode()).isEqualTo(403);
        assertThat(get(COCKPIT, "admin", "demo").statusCode()).isEqualTo(200);
    }

    @Test
    void thePrometheusEndpointAnswersOnlyAnAdministratorsApiToken() throws Exception {
        HttpResponse<String> anonymous = get(PROMETHEUS, null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(get(PROMETHEUS, "staff", "demo").statusCode()).isEqualTo(403);
        assertThat(get(PROMETHEUS, "governor", "demo").statusCode()).isEqualTo(403);
        HttpResponse<String> admin = get(PROMETHEUS, "admin", "demo");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("# TYPE tidtam_tasks_open gauge");
        assertThat(admin.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
    }

    @Test
    void anAdministratorsPasswordDoesNotOpenThePrometheusEndpoint() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PROMETHEUS))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).as("a token is required")
                .isEqualTo(401);
    }

    private HttpResponse<String> post(String path, String username, String password, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        String token = Base64.getEncoder().encodeToString((th.tidtam.support.TestLogins.credentials(username, password)).getBytes(StandardCharsets.UTF_8));
        request.header("Authorization", "Basic " + token);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String username, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (username != null) {
            String token = Base64.getEncoder().encodeToString((th.tidtam.support.TestLogins.credentials(username, password)).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
