package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tidtam.support.IntegrationTest;

/** The administrator finds a failed login in the audit trail, in Thai, and their own logout is on record. */
@IntegrationTest
class AuditLogBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAdministratorFindsAFailedLoginByItsNameInThai() throws Exception {
        String stranger = "intruder." + System.nanoTime();
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("login")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", "198.51.100.77")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + stranger + "&password=x", StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(refused.statusCode()).isEqualTo(302);

        loginAs("admin", Lang.THAI);
        page.getByTestId("nav-adminaudit").click();
        waitForVaadin();
        assertThat(page.locator("vaadin-app-layout h2")).hasText("บันทึกการใช้งานระบบ");
        // the newest rows of the whole suite's trail may carry the engine clock's future dates (process tests move it):
        // the administrator narrows to a person, as they would on a busy trail
        assertThat(page.getByTestId("audit-grid")).isVisible();

        page.getByTestId("audit-user").locator("input").fill(stranger);
        page.getByTestId("audit-user").locator("input").press("Enter");
        waitForVaadin();
        assertThat(page.getByTestId("audit-count")).hasText("พบ 1 รายการ");
        assertThat(page.getByTestId("audit-grid")).containsText("เข้าสู่ระบบไม่สำเร็จ");
        assertThat(page.getByTestId("audit-grid")).containsText("198.51.100.77");
        page.getByTestId("audit-clear").click();
        waitForVaadin();
        screenshot("admin-audit-th");

        long logoutsBefore = jdbc.queryForObject("select count(*) from audit_log where username = 'admin' and action = 'LOGOUT'",
                Long.class);
        logout();
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select count(*) from audit_log where username = 'admin' and action = 'LOGOUT'", Long.class))
                .isEqualTo(logoutsBefore + 1);

        // the same screen in English: headings, filters and the grid's actions translated
        loginAs("admin", Lang.ENGLISH);
        page.getByTestId("nav-adminaudit").click();
        waitForVaadin();
        assertThat(page.locator("vaadin-app-layout h2")).hasText("Audit trail");
        page.getByTestId("audit-user").locator("input").fill(stranger);
        page.getByTestId("audit-user").locator("input").press("Enter");
        waitForVaadin();
        assertThat(page.getByTestId("audit-count")).hasText("Found: 1");
        screenshot("admin-audit-en");
    }
}
