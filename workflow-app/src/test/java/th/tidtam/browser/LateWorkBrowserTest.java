package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

import th.tidtam.support.IntegrationTest;

/**
 * Late work as the people it reached see it in the demo province: the governor finds escalated parts to chase in
 * My work, with alerts above it, and the directive page names the step reached. Screenshots in Thai and English:
 * target/screenshots/late-work-*.png.
 */
@IntegrationTest
class LateWorkBrowserTest extends BrowserTestSupport {

    @Test
    void theGovernorFindsLateWorkToChaseWithItsAlertAndTheStepReachedOnTheDirective() {
        loginAs("governor", Lang.THAI);
        open("work");
        Locator alerts = page.getByTestId("alerts");
        assertThat(alerts).isVisible();
        assertThat(alerts.locator("[data-kind='ESCALATED_TO_YOU']").first()).isVisible();
        Locator grid = page.getByTestId("my-work");
        Locator chase = grid.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(exactly("เร่งรัดเรื่องล่าช้า")));
        assertThat(chase.first()).isVisible();
        screenshot("late-work-01-governor-inbox-th");

        chase.first().click();
        page.waitForURL(Pattern.compile(".*/work/[^/]+$"));
        waitForVaadin();
        assertThat(page.getByTestId("task-follow-up")).isVisible();
        screenshot("late-work-02-governor-chases-th");
        page.getByTestId("task-directive-link").click();
        page.waitForURL(Pattern.compile(".*/directives/\\d+$"));
        waitForVaadin();
        assertThat(page.getByTestId("directive-parts")).containsText("ขั้นที่");
        screenshot("late-work-03-directive-escalated-th");

        switchLanguage();
        assertThat(page.getByTestId("directive-parts")).containsText("Step");
        assertThat(page.getByTestId("directive-timeline")).containsText("Escalated up the chain of command");
        screenshot("late-work-04-directive-escalated-en");
        open("work");
        assertThat(page.getByTestId("my-work").locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(exactly("Chase late work"))).first()).isVisible();
        screenshot("late-work-05-governor-inbox-en");
    }
}
