package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Response;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.partners.service.Partners;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/**
 * The partner's answer page in Chromium without logging in: the request and nothing else (no menu), one answer, then
 * on reload the one page for a link that cannot be used, the same page for a forged link; the page is served with
 * Referrer-Policy no-referrer. Screens are saved to target/screenshots/partner-answer-*.png.
 */
@IntegrationTest
class PartnerAnswerPageBrowserTest extends BrowserTestSupport {

    @Autowired ApiClient api;
    @Autowired Partners partners;
    @Autowired WorkingCalendar calendar;

    @Test
    void aPartnerAnswersOnceWithoutLoggingInAndABadLinkShowsTheOnePage() {
        long partner = partners.search(null, null, true, 0, 1).get(0).id();
        String subject = "ขอความเห็นเส้นทางจักรยานริมแม่น้ำบางปะกง " + System.nanoTime();
        ApiClient.Response created = api.post("/api/coordination", "head", Map.of("subject", subject, "askKind", "OPINION",
                "body", "ขอความเห็นต่อแนวเส้นทางตามแผนที่แนบ", "dueDate", calendar.addWorkingDays(calendar.today(), 5).toString(),
                "contact", "กลุ่มงานยุทธศาสตร์ฯ โทร 038-511-235", "partnerIds", List.of(partner)));
        long id = created.body().get("id").asLong();
        String token = api.post("/api/coordination/" + id + "/send", "head", Map.of()).body().at("/links/0/token").asText();

        Response served = page.navigate(url("answer/" + token));
        waitForVaadin();
        org.assertj.core.api.Assertions.assertThat(served.headers().get("referrer-policy")).isEqualTo("no-referrer");
        assertThat(page.getByTestId("answer-subject")).containsText(subject);
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
        assertThat(page.getByTestId("navigation")).hasCount(0);
        page.getByTestId("answer-text").locator("textarea").fill("เห็นด้วย ขอให้เพิ่มจุดจอดรถจักรยานที่ตลาดบ้านใหม่");
        page.getByTestId("answerer-name").locator("input").fill("นางสาวกมล ริมน้ำ");
        page.getByTestId("answerer-phone").locator("input").fill("081-234-5678");
        screenshot("partner-answer-01-form");
        page.getByTestId("answer-send").click();
        assertThat(page.getByTestId("answer-thanks")).isVisible();
        screenshot("partner-answer-02-thanks");

        page.reload();
        waitForVaadin();
        assertThat(page.getByTestId("answer-unusable")).isVisible();
        assertThat(page.getByTestId("answer-subject")).hasCount(0);
        screenshot("partner-answer-03-used");

        open("answer/" + "x".repeat(43));
        assertThat(page.getByTestId("answer-unusable")).isVisible();
        org.assertj.core.api.Assertions.assertThat(api.get("/api/coordination/" + id, "head").body().at("/request/answered").asInt())
                .isEqualTo(1);
    }
}
