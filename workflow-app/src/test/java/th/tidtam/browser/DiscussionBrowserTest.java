package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/**
 * The discussion on the directive page: the head of office writes a comment (markup and emoji shown as text) that
 * mentions the provincial health office, which finds the mention among its alerts above My work and follows it to the
 * comment; a mention of a position that may not see the directive is not even offered.
 */
@IntegrationTest
class DiscussionBrowserTest extends BrowserTestSupport {

    @Autowired
    OrgDirectory org;

    @Test
    void aCommentMentioningTheHealthOfficeReachesItAsAnAlertThatLeadsBackToTheComment() {
        long unit = org.positionByCode("AG-12-HEAD").orElseThrow().unitId();
        ApiClient api = new ApiClient(port);
        long id = api.post("/api/directives", "governor", Map.of("subject", "เร่งรัดการฉีดวัคซีน " + System.nanoTime(),
                "text", "ให้สาธารณสุขจังหวัดเร่งรัด", "urgency", "NORMAL", "leadUnitId", unit, "dueInWorkingDays", 5))
                .body().get("id").asLong();
        String text = "<b>ขอยอดฉีด</b> ภายในวันศุกร์ 💉";

        loginAs("head", Lang.THAI);
        open("directives/" + id);
        Locator panel = page.locator("[data-testid='discussion']");
        panel.scrollIntoViewIfNeeded();
        assertThat(panel.getByTestId("discussion-none")).isVisible();
        panel.getByTestId("discussion-body").locator("textarea").fill(text);
        Locator mentions = page.locator("vaadin-multi-select-combo-box[data-testid='discussion-mentions'] input");
        mentions.click();
        mentions.pressSequentially("บ้านโพธิ์");
        waitForVaadin();
        assertThat(page.locator("vaadin-multi-select-combo-box-item:not([hidden])")).hasCount(0);
        mentions.fill("");
        mentions.pressSequentially("สาธารณสุขจังหวัด");
        page.locator("vaadin-multi-select-combo-box-item:not([hidden])")
                .filter(new Locator.FilterOptions().setHasText("หัวหน้าสำนักงานสาธารณสุขจังหวัด")).first().click();
        page.keyboard().press("Escape");
        waitForVaadin();
        panel.getByTestId("discussion-post").click();
        waitForVaadin();
        Locator comment = panel.getByTestId("discussion-comment");
        assertThat(comment).hasCount(1);
        assertThat(comment.getByTestId("discussion-comment-body")).hasText(text);
        assertThat(comment.locator("b")).hasCount(0);
        assertThat(comment.getByTestId("discussion-comment-mentions")).containsText("หัวหน้าสำนักงานสาธารณสุขจังหวัด");
        logout();

        loginAs("agency.health", Lang.THAI);
        open("work");
        // other tests mention the health office too: this comment's alert is the one quoting it
        Locator alert = page.getByTestId("alerts").locator("[data-kind='MENTIONED']")
                .filter(new Locator.FilterOptions().setHasText("ขอยอดฉีด"));
        assertThat(alert).hasCount(1);
        alert.locator("a").click();
        page.waitForURL("**/directives/" + id);
        waitForVaadin();
        assertThat(page.locator("[data-testid='discussion'] [data-testid='discussion-comment-body']")).hasText(text);
    }
}
