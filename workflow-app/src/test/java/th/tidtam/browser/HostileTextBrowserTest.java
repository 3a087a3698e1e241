package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/**
 * Issue 6, drill 8: markup, script and expressions typed into the issue form or a progress report come back on the
 * directive page as the very text that was typed — shown, never run: no script executes, no element is injected, no
 * dialog opens. Screenshot: target/screenshots/hostile-text-01-directive-th.png.
 */
@IntegrationTest
class HostileTextBrowserTest extends BrowserTestSupport {

    private static final String SUBJECT = "<img src=x onerror=\"window.__xss=1\">\"><script>window.__xss=2</script> ${7*7} #{7*7} 🚨";
    private static final String TEXT = "ข้อสั่งการ '; DROP TABLE directive; -- <b onmouseover=alert(1)>ตัวหนา</b> \u202Etxt.exe";
    private static final String NOTE = "</vaadin-grid><svg onload=\"window.__xss=3\"></svg> รายงาน ${''.getClass()}";

    @Autowired
    OrgDirectory org;

    @Test
    void hostileTextIsShownAsTheTextTypedAndNeverRun() {
        ApiClient api = new ApiClient(port);
        Map<String, Object> body = new HashMap<>();
        body.put("subject", SUBJECT);
        body.put("text", TEXT);
        body.put("urgency", "NORMAL");
        body.put("leadUnitId", org.positionByCode("AG-12-HEAD").orElseThrow().unitId());
        body.put("dueInWorkingDays", 10);
        ApiClient.Response issued = api.post("/api/directives", "governor", body);
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        long id = issued.body().get("id").asLong();
        api.post("/api/tasks/" + api.taskOf("head", id, "screenDirective") + "/complete", "head", Map.of("outcome", "CONFIRM"));
        api.post("/api/tasks/" + api.taskOf("agency.health", id, "acknowledgePart") + "/complete", "agency.health", Map.of());
        ApiClient.Response report = api.post("/api/tasks/" + api.taskOf("agency.health", id, "reportOnPart") + "/progress",
                "agency.health", Map.of("progress", "ON_TRACK", "percent", 20, "note", NOTE));
        assertThat(report.status()).as(report.raw()).isEqualTo(201);

        List<String> dialogs = new ArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        loginAs("governor", Lang.THAI);
        open("directives/" + id);

        assertThat(page.getByTestId("directive-heading")).containsText(SUBJECT);
        assertThat(page.getByText(TEXT)).isVisible();
        assertThat(page.getByTestId("directive-reports")).containsText("window.__xss=3");
        screenshot("hostile-text-01-directive-th");
        assertThat(page.evaluate("() => window.__xss === undefined")).as("no injected script ran").isEqualTo(true);
        assertThat(page.locator("img[src='x']").count()).as("no injected image element").isZero();
        assertThat(page.locator("svg[onload]").count()).as("no injected svg element").isZero();
        assertThat(page.locator("b[onmouseover]").count()).as("no injected markup").isZero();
        assertThat(dialogs).isEmpty();
    }

    /** The alerts above My work are markup the server writes: a hostile subject in one is shown as its text. */
    @Test
    void hostileSubjectInAnAlertIsShownAsTextAboveMyWork() {
        ApiClient api = new ApiClient(port);
        Map<String, Object> body = new HashMap<>();
        body.put("subject", SUBJECT);
        body.put("text", TEXT);
        body.put("urgency", "NORMAL");
        body.put("leadUnitId", org.positionByCode("AG-12-HEAD").orElseThrow().unitId());
        body.put("dueInWorkingDays", 10);
        ApiClient.Response issued = api.post("/api/directives", "governor", body);
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        long id = issued.body().get("id").asLong();
        api.post("/api/tasks/" + api.taskOf("head", id, "screenDirective") + "/complete", "head", Map.of("outcome", "CONFIRM"));
        // handed down to the disease control section: its head is alerted with the directive's number and subject
        ApiClient.Response delegated = api.post("/api/tasks/" + api.taskOf("agency.health", id, "acknowledgePart") + "/complete",
                "agency.health", Map.of("delegateTo", org.positionByCode("AG-HEALTH-CDC-HEAD").orElseThrow().id()));
        assertThat(delegated.status()).as(delegated.raw()).isEqualTo(204);

        List<String> dialogs = new ArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        loginAs("health.cdc", Lang.THAI);
        open("work");

        assertThat(page.getByTestId("alerts")).containsText(SUBJECT);
        screenshot("hostile-text-02-alert-th");
        assertThat(page.evaluate("() => window.__xss === undefined")).as("no injected script ran").isEqualTo(true);
        assertThat(page.locator("[data-testid=alerts] img[src='x']").count()).as("no injected image element").isZero();
        assertThat(page.locator("[data-testid=alerts] script").count()).as("no injected script element").isZero();
        assertThat(dialogs).isEmpty();
    }
}
