package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.options.AriaRole;

import th.tidtam.org.service.OrgAdministration;
import th.tidtam.security.LoginAttempts;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;

/** A person locked out after wrong passwords calls the administrator, who unlocks the account on the screen. */
@IntegrationTest
class LoginLocksBrowserTest extends BrowserTestSupport {

    @Autowired
    OrgAdministration administration;
    @Autowired
    LoginAttempts attempts;

    private String user;

    @AfterEach
    void forget() {
        if (user != null) {
            attempts.unlock(user);
        }
    }

    @Test
    void theAdministratorUnlocksALockedAccountFromTheOrganisationAdministration() {
        user = new OrgFixtures(administration).person("screenlock").username();
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < attempts.properties().maxFailures(); i++) {
            assertThat(meStatus(client, "wrong")).isEqualTo(401);
        }
        assertThat(meStatus(client, OrgFixtures.PASSWORD)).isEqualTo(423);

        loginAs("admin", Lang.THAI);
        open("admin/org");
        page.getByRole(AriaRole.TAB, new com.microsoft.playwright.Page.GetByRoleOptions().setName("บุคคล")).click();
        page.getByTestId("open-login-locks").click();
        waitForVaadin();
        assertThat(page.getByTestId("login-locks")).containsText(user);
        screenshot("login-locks-th");
        page.getByTestId("unlock-" + user).click();
        waitForVaadin();

        assertThat(page.getByTestId("unlock-" + user)).isHidden();
        assertThat(meStatus(client, OrgFixtures.PASSWORD)).isEqualTo(200);
        assertThat(new ApiClient(port).get("/api/admin/login-locks", "admin").raw()).doesNotContain(user);

        // in English, with nothing locked: the screen says so
        logout();
        loginAs("admin", Lang.ENGLISH);
        open("admin/login-locks");
        assertThat(page.locator("vaadin-app-layout h2")).hasText("Accounts locked for logins");
        screenshot("login-locks-en");
    }

    private int meStatus(java.net.http.HttpClient client, String password) {
        try {
            String basic = java.util.Base64.getEncoder().encodeToString((th.tidtam.support.TestLogins.credentials(user, password)).getBytes());
            return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("api/me")))
                    .header("Authorization", "Basic " + basic).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
