package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.tidtam.support.IntegrationTest;

/**
 * A session id handed out before login (and possibly planted in the victim's browser by an attacker) is worthless
 * after the login; logging out ends the session on the server; the session cookie carries HttpOnly, SameSite=Lax
 * and, behind an HTTPS proxy, Secure.
 */
@IntegrationTest
class SessionFixationTest {

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void theSessionIdChangesAtLoginAndAPlantedIdIsNotLoggedIn() {
        String planted = http.anonymousSession();

        HttpResponse<String> login = http.formLogin(planted, "staff", "demo");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        String afterLogin = Http.sessionCookie(login).orElseThrow();
        assertThat(afterLogin).isNotEqualTo(planted);
        assertThat(me(planted).statusCode()).as("the id known before login").isEqualTo(401);
        HttpResponse<String> me = me(afterLogin);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(Http.body(me).get("username").asText()).isEqualTo("staff");
    }

    @Test
    void loggingOutEndsTheSessionOnTheServer() {
        String session = http.loginSession("staff", "demo");
        assertThat(me(session).statusCode()).isEqualTo(200);

        HttpResponse<String> logout = http.send(Http.session(http.request("/logout"), session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(Http.form("_csrf", http.csrfToken(session))));

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(me(session).statusCode()).as("the old session id after logout").isEqualTo(401);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureWhenTheRequestCameOverHttps() {
        HttpResponse<String> plain = http.formLogin(http.anonymousSession(), "staff", "demo");
        String cookie = Http.sessionCookieHeader(plain).orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(cookie).as("plain HTTP (development)").doesNotContainIgnoringCase("Secure");

        // the reverse proxy ended TLS and says so
        HttpResponse<String> overHttps = http.formLogin(http.anonymousSession(), "staff", "demo", "X-Forwarded-Proto",
                "https");
        String secure = Http.sessionCookieHeader(overHttps).orElseThrow();
        assertThat(secure).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("; Secure");
    }

    private HttpResponse<String> me(String session) {
        return http.send(Http.session(http.request("/api/me"), session).header("Accept", "application/json").GET());
    }
}
