package th.tidtam.browser;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/** Throwaway: screenshots of the discussion panel to look at once. */
@IntegrationTest
class DiscussionLookThrowawayTest extends BrowserTestSupport {

    @Autowired
    OrgDirectory org;

    @Test
    void look() {
        long health = org.positionByCode("AG-12-HEAD").orElseThrow().id();
        ApiClient api = new ApiClient(port);
        long id = api.issueScreened("ดูหน้าตา " + System.nanoTime(), org.positionByCode("AG-12-HEAD").orElseThrow().unitId(), "NONE", 5);
        String c = "/api/cases/DIRECTIVE/" + id + "/comments";
        api.post(c, "governor", Map.of("body", "ขอให้ทุกหน่วยรายงานภายในวันศุกร์\nบรรทัดที่สอง <script>x</script> 🙏", "mentions", List.of(health),
                "clientKey", UUID.randomUUID().toString()));
        var mine = api.post(c, "head", Map.of("body", "รับทราบ จะติดตามให้", "clientKey", UUID.randomUUID().toString())).body();
        api.post(c, "agency.health", Map.of("body", "ดำเนินการแล้ว 80%", "clientKey", UUID.randomUUID().toString()));
        // edit head's comment through the API (PUT not in ApiClient): skip; the browser edits it
        loginAs("head", Lang.THAI);
        open("directives/" + id);
        page.locator("[data-testid='discussion']").scrollIntoViewIfNeeded();
        page.locator("[data-testid='discussion-edit']").first().click();
        page.locator("[data-testid='discussion-edit-body'] textarea").fill("รับทราบ จะติดตามให้ภายในวันพุธ");
        page.locator("[data-testid='discussion-edit-save']").click();
        waitForVaadin();
        page.setViewportSize(1366, 768);
        page.locator("[data-testid='discussion']").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("discussion-look-th.png")));
        page.locator("[data-testid='discussion-edited']").first().click();
        waitForVaadin();
        screenshot("discussion-look-history");
        page.keyboard().press("Escape");
        switchLanguage();
        open("directives/" + id);
        page.locator("[data-testid='discussion']").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("discussion-look-en.png")));
        System.out.println("look " + mine);
    }
}
