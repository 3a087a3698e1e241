package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;


import th.tidtam.org.service.OrgAdministration;
import th.tidtam.security.LoginAttempts;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;

/**
 * The main screens work under the Content-Security-Policy without a single violation reported by Chromium; the
 * session id changes at login and dies at logout; a locked account is told so on the login form; the administrator
 * still reaches Camunda Cockpit.
 */
@IntegrationTest
class ContentSecurityPolicyBrowserTest extends BrowserTestSupport {

    /** Collects what Chromium reports to the page about refused content, from the first script on. */
    private static final String WATCH_CSP = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
                e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));
            """;

    @Autowired
    OrgAdministration administration;
    @Autowired
    LoginAttempts attempts;

    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final List<String> lockedUsers = new ArrayList<>();

    @BeforeEach
    void watchForViolations() {
        context.addInitScript(WATCH_CSP);
        page.onConsoleMessage(m -> {
            String text = m.text();
            if (text.contains("Content Security Policy") || text.contains("Content-Security-Policy")) {
                violations.add("console: " + text);
            }
        });
    }

    @AfterEach
    void unlock() {
        lockedUsers.forEach(attempts::unlock);
    }

    @Test
    void theMainScreensLoadWithoutAnyContentSecurityPolicyViolation() {
        long directive = new ApiClient(port).get("/api/directives", "governor").body().get("items").get(0).get("id").asLong();

        open("login");
        collect("login");
        loginAs("governor", Lang.THAI);
        collect("home");
        for (String screen : List.of("work", "directives/" + directive, "dashboard", "org", "board")) {
            open(screen);
            page.waitForTimeout(300);
            waitForVaadin();
            if (screen.equals("dashboard")) {
                assertThat(page.getByTestId("dashboard-chart-sphere").locator("svg")).isVisible();
            }
            screenshot("csp-" + screen.replace('/', '-'));
            collect(screen);
        }

        assertThat(violations).isEmpty();

        // the watch itself works: content from another site is refused and reported
        page.evaluate("() => { const i = new Image(); i.src = 'https://example.invalid/probe.png'; document.body.append(i); }");
        page.waitForFunction("() => window.__cspViolations.length > 0");
        collect("probe");
        assertThat(violations).isNotEmpty().allMatch(v -> v.contains("img-src") && v.contains("example.invalid"));
    }

    @Test
    void theSessionIdChangesAtLoginAndTheOldOneIsDeadAfterLogout() throws Exception {
        open("login");
        String beforeLogin = sessionId();
        loginAs("staff", Lang.THAI);
        String loggedIn = sessionId();

        assertThat(loggedIn).isNotEqualTo(beforeLogin);
        assertThat(meWith(beforeLogin)).isEqualTo(401);
        assertThat(meWith(loggedIn)).isEqualTo(200);

        logout();
        assertThat(meWith(loggedIn)).as("the session of before the logout").isEqualTo(401);
        collect("logout");
        assertThat(violations).isEmpty();
    }

    @Test
    void aLockedAccountIsToldSoOnTheLoginFormEvenWithTheRightPassword() {
        String user = new OrgFixtures(administration).person("formlock").username();
        lockedUsers.add(user);
        for (int i = 0; i < attempts.properties().maxFailures(); i++) {
            loginWith(user, "wrong");
            assertThat(page.locator("vaadin-login-form")).containsText("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
        }

        loginWith(user, OrgFixtures.PASSWORD);

        assertThat(page.locator("vaadin-login-form")).containsText("บัญชีถูกระงับการเข้าสู่ระบบชั่วคราว");
        assertThat(page.locator("vaadin-login-form")).containsText("ผู้ดูแลระบบ");
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
        screenshot("login-locked");
    }

    @Test
    void theAdministratorStillReachesCamundaCockpit() {
        loginAs("admin", Lang.THAI);
        page.navigate(url("camunda/app/cockpit/default/"));
        assertThat(page).hasTitle(Pattern.compile("Cockpit"));
        page.getByText("Process Definitions").first().waitFor();
        screenshot("cockpit-admin");
    }

    private void loginWith(String username, String password) {
        open("login");
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.waitForNavigation(() -> page.locator(
                "vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form [part='vaadin-login-submit']").first().click());
        waitForVaadin();
    }

    @SuppressWarnings("unchecked")
    private void collect(String screen) {
        waitForVaadin();
        List<String> found = (List<String>) page.evaluate("() => window.__cspViolations || []");
        found.forEach(v -> violations.add(screen + ": " + v));
    }

    private String sessionId() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst()
                .orElseThrow();
    }

    private int meWith(String session) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("api/me"))).header("Cookie", "JSESSIONID=" + session)
                .header("Accept", "application/json").GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

}
