package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/**
 * The directive page draws the process with the current step marked, and "My work" keeps named filters that come back
 * after a reload. Screenshots: target/screenshots/diagram-*.png and saved-filter-*.png.
 */
@IntegrationTest
class DiagramAndSavedFiltersBrowserTest extends BrowserTestSupport {

    @Autowired
    OrgDirectory org;

    @Test
    void theDirectivePageShowsTheProcessDiagramWithTheCurrentStepMarked() {
        ApiClient api = new ApiClient(port);
        Map<String, Object> body = new HashMap<>();
        body.put("subject", "แผนภาพขั้นตอน " + ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        body.put("text", "ให้รายงานสถานการณ์น้ำ");
        body.put("urgency", "URGENT");
        body.put("leadUnitId", org.positionByCode("AG-12-HEAD").orElseThrow().unitId());
        body.put("supportingUnitIds", List.of(org.positionByCode("DIST-05-CHIEF").orElseThrow().unitId()));
        body.put("dueInWorkingDays", 10);
        long id = api.post("/api/directives", "governor", body).body().get("id").asLong();

        loginAs("governor", Lang.THAI);
        open("directives/" + id);
        Locator section = page.getByTestId("process-diagram-section");
        assertThat(section).containsText("แผนภาพขั้นตอน");
        Locator diagram = page.getByTestId("process-diagram");
        assertThat(diagram.locator("svg")).isVisible();
        assertThat(diagram.locator("g.current[data-activity-id='screenDirective']")).isVisible();
        assertThat(diagram.locator("g.done[data-activity-id='directiveIssued']")).hasCount(1);
        assertThat(page.getByTestId("process-diagram-legend")).containsText("ขั้นตอนปัจจุบัน");
        section.scrollIntoViewIfNeeded();
        screenshot("diagram-01-waiting-for-screening");

        api.post("/api/tasks/" + api.taskOf("head", id, "screenDirective") + "/complete", "head", Map.of("outcome", "CONFIRM"));
        open("directives/" + id);
        assertThat(diagram.locator("g.current[data-activity-id='acknowledgePart']")).isVisible();
        assertThat(diagram.locator("g.badge[data-activity-id='acknowledgePart']")).containsText("2");
        assertThat(diagram.locator("g.done[data-activity-id='screenDirective']")).hasCount(1);
        page.getByTestId("process-diagram-section").scrollIntoViewIfNeeded();
        screenshot("diagram-02-two-units-acknowledging");
    }

    @Test
    void aSavedFilterIsChosenAgainAfterAReloadAndCanBeDeleted() {
        String name = "น้ำท่วม 🌊 " + ThreadLocalRandom.current().nextInt(1000, 10_000);
        ApiClient api = new ApiClient(port);
        // the suite shares one database: start from a person with no saved filters
        api.get("/api/tasks/filters", "director.strategy").body()
                .forEach(f -> api.delete("/api/tasks/filters/" + f.get("id").asLong(), "director.strategy"));
        loginAs("director.strategy", Lang.THAI);
        open("work");
        page.getByTestId("work-overdue").locator("input").check();
        page.getByTestId("work-search").locator("input").fill("น้ำ");
        waitForVaadin();
        page.getByTestId("work-save-filter").click();
        page.getByTestId("work-filter-name").locator("input").fill(name);
        screenshot("saved-filter-01-naming");
        page.getByTestId("work-filter-save-confirm").click();
        waitForVaadin();
        assertThat(page.getByTestId("work-filter-name")).hasCount(0);

        page.reload();
        waitForShell();
        assertThat(page.getByTestId("work-search").locator("input")).hasValue("");
        assertThat(page.getByTestId("work-overdue").locator("input")).not().isChecked();
        page.getByTestId("work-saved-filters").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(exactly(name))).click();
        waitForVaadin();
        assertThat(page.getByTestId("work-search").locator("input")).hasValue("น้ำ");
        assertThat(page.getByTestId("work-overdue").locator("input")).isChecked();
        screenshot("saved-filter-02-applied-after-reload");

        page.getByTestId("work-delete-filter").click();
        waitForVaadin();
        assertThat(page.getByTestId("work-saved-filters")).not().containsText(name);
        page.reload();
        waitForShell();
        assertThat(page.getByTestId("work-saved-filters")).hasAttribute("disabled", "");
    }
}
