package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.tidtam.support.IntegrationTest;

/** The screens, the API and Camunda's pages answer with the protective headers; HSTS only over HTTPS. */
@IntegrationTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void theScreensCarryAContentSecurityPolicyFramingProtectionAndTheOtherHeaders() {
        HttpResponse<String> login = http.send(http.request("/login").GET());

        assertThat(login.statusCode()).isEqualTo(200);
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'self'").contains("object-src 'none'")
                .contains("base-uri 'self'").contains("form-action 'self'").doesNotContain("*");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
                p -> assertThat(p).contains("camera=()").contains("geolocation=()"));
        assertThat(login.headers().firstValue("Strict-Transport-Security")).as("plain HTTP").isEmpty();
    }

    @Test
    void overHttpsBehindTheProxyTheBrowserIsToldToStayOnHttps() {
        HttpResponse<String> login = http.send(http.request("/login").header("X-Forwarded-Proto", "https").GET());
        assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                h -> assertThat(h).contains("max-age="));
        HttpResponse<String> api = http.send(Http.basic(http.request("/api/me"), "staff", "demo")
                .header("X-Forwarded-Proto", "https").GET());
        assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void apiAnswersMayNotRunAnythingOrBeFramedByOtherSites() {
        HttpResponse<String> me = http.send(Http.basic(http.request("/api/me"), "staff", "demo").GET());

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'none'").contains("frame-ancestors 'self'"));
        assertThat(me.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(me.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(me.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(me.headers().firstValue("Permissions-Policy")).isPresent();

        HttpResponse<String> unauthorized = http.send(http.request("/api/me").GET());
        assertThat(unauthorized.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void theEngineRestApiCannotBeFramedAndCamundasPagesKeepTheirOwnPolicy() {
        HttpResponse<String> engine = http.send(Http.basic(http.request("/engine-rest/engine"), "admin", "demo").GET());
        assertThat(engine.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(engine.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        HttpResponse<String> cockpit = http.send(Http.basic(http.request("/camunda/app/cockpit/default/"), "admin", "demo")
                .header("Accept", "text/html").GET());
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(cockpit.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(cockpit.headers().allValues("Content-Security-Policy")).as("Camunda's own, not the screens'")
                .noneMatch(csp -> csp.equals(SecurityConfiguration.UI_CSP));
    }

}
