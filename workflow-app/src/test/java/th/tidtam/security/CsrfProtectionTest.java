package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.support.IntegrationTest;

/**
 * A state-changing API request riding on the browser's session needs the session's CSRF token; a script with HTTP
 * Basic needs none, unless a browser sends it from another site (it may have cached the credentials). Browsers are
 * never asked for Basic credentials, so they have none to cache in the first place.
 */
@IntegrationTest
class CsrfProtectionTest {

    private static final String FILTERS = "/api/tasks/filters";

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void aSessionsPostPutAndDeleteWithoutTheCsrfTokenAreRefusedWithAClearProblem() {
        String session = http.loginSession("staff", "demo");

        HttpResponse<String> post = http.send(Http.session(http.request(FILTERS), session)
                .header("Content-Type", "application/json").POST(Http.json(filter())));
        HttpResponse<String> put = http.send(Http.session(http.request(FILTERS + "/1"), session)
                .header("Content-Type", "application/json").PUT(Http.json(filter())));
        HttpResponse<String> delete = http.send(Http.session(http.request(FILTERS + "/1"), session).DELETE());

        for (HttpResponse<String> refused : java.util.List.of(post, put, delete)) {
            assertThat(refused.statusCode()).as(refused.request().method()).isEqualTo(403);
            JsonNode problem = Http.body(refused);
            assertThat(problem.get("code").asText()).isEqualTo("error.csrf");
            assertThat(problem.get("message_th").asText()).contains("CSRF");
            assertThat(problem.get("message_en").asText()).contains("CSRF token").contains("nothing was done");
        }
        assertThat(http.send(Http.session(http.request(FILTERS), session).GET()).body()).as("nothing was saved")
                .doesNotContain("csrf-test-");
    }

    @Test
    void withTheSessionsCsrfTokenTheSameRequestsWork() {
        String session = http.loginSession("staff", "demo");
        String token = http.csrfToken(session);

        HttpResponse<String> saved = http.send(Http.session(http.request(FILTERS), session).header("X-CSRF-TOKEN", token)
                .header("Content-Type", "application/json").POST(Http.json(filter())));
        assertThat(saved.statusCode()).isEqualTo(201);
        long id = Http.body(saved).get("id").asLong();

        HttpResponse<String> deleted = http.send(Http.session(http.request(FILTERS + "/" + id), session)
                .header("X-CSRF-TOKEN", token).DELETE());
        assertThat(deleted.statusCode()).isEqualTo(204);
    }

    @Test
    void aTokenOfAnotherSessionDoesNotCount() {
        String mine = http.loginSession("staff", "demo");
        String attackers = http.csrfToken(http.loginSession("health.officer", "demo"));

        HttpResponse<String> post = http.send(Http.session(http.request(FILTERS), mine).header("X-CSRF-TOKEN", attackers)
                .header("Content-Type", "application/json").POST(Http.json(filter())));

        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(Http.body(post).get("code").asText()).isEqualTo("error.csrf");
    }

    @Test
    void aScriptWithBasicCredentialsNeedsNoToken() {
        HttpResponse<String> saved = http.send(Http.basic(http.request(FILTERS), "staff", "demo")
                .header("Content-Type", "application/json").POST(Http.json(filter())));
        assertThat(saved.statusCode()).isEqualTo(201);
        long id = Http.body(saved).get("id").asLong();
        assertThat(http.send(Http.basic(http.request(FILTERS + "/" + id), "staff", "demo").DELETE()).statusCode())
                .isEqualTo(204);
    }

    @Test
    void basicCredentialsABrowserSendsFromAnotherSiteDoNotChangeAnything() {
        HttpResponse<String> api = http.send(Http.basic(http.request(FILTERS), "staff", "demo")
                .header("Sec-Fetch-Site", "cross-site").header("Sec-Fetch-Mode", "no-cors")
                .header("Origin", "https://evil.example").header("Content-Type", "text/plain").POST(Http.json(filter())));
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(Http.body(api).get("code").asText()).isEqualTo("error.csrf");

        // an older browser without Sec-Fetch-Site still names the other site in Origin
        HttpResponse<String> byOrigin = http.send(Http.basic(http.request(FILTERS), "staff", "demo")
                .header("Origin", "https://evil.example").header("Content-Type", "application/json")
                .POST(Http.json(filter())));
        assertThat(byOrigin.statusCode()).isEqualTo(403);

        HttpResponse<String> engine = http.send(Http.basic(http.request("/engine-rest/deployment/create"), "admin", "demo")
                .header("Sec-Fetch-Site", "cross-site").header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x--\r\n")));
        assertThat(engine.statusCode()).isEqualTo(403);
        assertThat(Http.body(engine).get("code").asText()).isEqualTo("error.cross-site");

        HttpResponse<String> camunda = http.send(Http.basic(http.request("/camunda/api/admin/auth/user/default/logout"),
                "admin", "demo").header("Sec-Fetch-Site", "same-site").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(camunda.statusCode()).isEqualTo(403);

        // the application's own pages (same origin) may still use Basic
        HttpResponse<String> sameOrigin = http.send(Http.basic(http.request(FILTERS), "staff", "demo")
                .header("Sec-Fetch-Site", "same-origin").header("Origin", "http://localhost:" + port)
                .header("Content-Type", "application/json").POST(Http.json(filter())));
        assertThat(sameOrigin.statusCode()).isEqualTo(201);
        http.send(Http.basic(http.request(FILTERS + "/" + Http.body(sameOrigin).get("id").asLong()), "staff", "demo").DELETE());
    }

    @Test
    void browsersAreNeverChallengedForBasicCredentialsScriptsAre() {
        for (String path : java.util.List.of("/api/me", "/engine-rest/engine")) {
            HttpResponse<String> browser = http.send(http.request(path).header("User-Agent", Http.BROWSER_AGENT)
                    .header("Sec-Fetch-Mode", "navigate").header("Sec-Fetch-Dest", "document").GET());
            assertThat(browser.statusCode()).as(path).isEqualTo(401);
            assertThat(browser.headers().allValues("WWW-Authenticate")).as(path)
                    .noneMatch(c -> c.regionMatches(true, 0, "Basic", 0, 5));

            HttpResponse<String> script = http.send(http.request(path).GET());
            assertThat(script.statusCode()).isEqualTo(401);
            assertThat(script.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(c -> assertThat(c).startsWith("Basic"));
        }
        // a browser opening the Camunda webapps without a session is sent to the login page instead
        HttpResponse<String> cockpit = http.send(http.request("/camunda/app/cockpit/default/")
                .header("User-Agent", Http.BROWSER_AGENT).header("Sec-Fetch-Mode", "navigate").GET());
        assertThat(cockpit.statusCode()).isEqualTo(302);
        assertThat(cockpit.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private static String filter() {
        return "{\"name\":\"csrf-test-" + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"urgencies\":[],\"overdueOnly\":false,\"text\":null}";
    }
}
