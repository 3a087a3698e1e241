package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;


import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

import th.tidtam.support.IntegrationTest;

/**
 * The issue screen and clearance (issue 16): once the governor marks a directive ลับมาก, units whose head is not cleared
 * for it are no longer offered; a route the screen cannot filter ("all districts": the district chiefs are cleared for
 * ลับ only) is refused by the server with the position and the class named, and nothing is issued.
 */
@IntegrationTest
class ClearanceBrowserTest extends BrowserTestSupport {

    private static final String LEAD = "vaadin-combo-box[data-testid='directive-lead'] input";

    @Test
    void aSecretDirectiveOffersOnlyClearedUnitsAndAnUnclearedRouteIsRefusedWithTheReason() {
        loginAs("governor", Lang.THAI);
        open("directives/new");
        page.getByTestId("directive-subject").locator("input").fill("ข้อมูลการข่าวยาเสพติด (ทดสอบชั้นความลับ)");
        page.getByTestId("directive-text").locator("textarea").fill("ให้ตรวจสอบข้อมูลและรายงานผลโดยตรง");
        // the public health office's head is cleared for ลับมาก: it stays the lead when the class is raised
        page.locator(LEAD).click();
        page.locator(LEAD).pressSequentially("สาธารณสุขจังหวัด");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions()
                .setHasText(exactly(DirectiveJourneyBrowserTest.HEALTH_OFFICE))).click();
        waitForVaadin();
        page.getByTestId("directive-secrecy").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(exactly("ลับมาก"))).click();
        waitForVaadin();
        assertThat(page.locator(LEAD)).hasValue(DirectiveJourneyBrowserTest.HEALTH_OFFICE);
        // a district chief is cleared for ลับ only: Ban Pho is not offered in support
        Locator supporting = page.locator("vaadin-multi-select-combo-box[data-testid='directive-supporting'] input");
        supporting.click();
        supporting.pressSequentially("บ้านโพธิ์");
        waitForVaadin();
        assertThat(page.locator("vaadin-multi-select-combo-box-item:visible").filter(new Locator.FilterOptions()
                .setHasText("บ้านโพธิ์"))).hasCount(0);
        supporting.press("Escape");
        waitForVaadin();
        screenshot("clearance-01-only-cleared-units");

        page.getByTestId("directive-meeting").locator("input").fill("12/2569");
        page.getByTestId("directive-all-districts").locator("input").check();
        page.getByTestId("directive-issue-submit").click();
        waitForVaadin();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("ไม่ได้รับสิทธิ์ชั้นความลับ ลับมาก"))).isVisible();
        screenshot("clearance-02-refused-with-the-reason");
        org.assertj.core.api.Assertions.assertThat(page.url()).as("nothing issued: still on the form").endsWith("directives/new");
    }
}
