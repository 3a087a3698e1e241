package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.dashboard.service.Dashboard;
import th.tidtam.support.IntegrationTest;

/**
 * The head of office reads the dashboard in Thai and in English (screenshots kept), drills from a number to its
 * directives, and a bad period is refused with a message while the figures stay; others never reach it.
 */
@IntegrationTest
class DashboardBrowserTest extends BrowserTestSupport {

    @Autowired
    WorkingCalendar calendar;

    @Test
    void theHeadOfOfficeReadsTheDashboardInThaiAndEnglishAndDrillsIntoANumber() {
        // tall enough that the screenshots show the charts and the overdue list, not only the first cards
        page.setViewportSize(1400, 3400);
        loginAs("head", Lang.THAI);
        page.getByTestId("nav-dashboard").click();
        waitForVaadin();
        int fiscalYear = Dashboard.fiscalYearOf(calendar.today());
        assertThat(page.getByTestId("dashboard-period")).containsText("ปีงบประมาณ พ.ศ. " + fiscalYear);
        assertThat(page.getByTestId("dashboard-figure-overdue")).isVisible();
        assertThat(page.locator("[data-testid='dashboard-chart-trend'] svg")).isVisible();
        assertThat(page.locator("[data-testid='dashboard-chart-trend'] svg text").first()).isVisible();
        // month names on the trend axis are Buddhist-era Thai abbreviations
        String october = "ต.ค. " + String.valueOf(fiscalYear - 1).substring(2);
        assertThat(page.locator("[data-testid='dashboard-chart-trend'] svg")).containsText(october);
        screenshot("dashboard-th");

        page.getByTestId("dashboard-figure-open-directives").click();
        waitForVaadin();
        assertThat(page.getByTestId("dashboard-drill")).isVisible();
        assertThat(page.getByTestId("dashboard-drill-title")).containsText("ข้อสั่งการเบื้องหลังตัวเลข");
        assertThat(page.getByTestId("dashboard-drill").locator("vaadin-grid-cell-content").first()).isVisible();
        screenshot("dashboard-drill-th");

        // from after to: refused, explained, and the figures shown stay those of the fiscal year
        page.getByTestId("dashboard-filter-from").locator("input").fill("01/05/" + fiscalYear);
        page.getByTestId("dashboard-filter-to").locator("input").fill("01/04/" + fiscalYear);
        page.getByTestId("dashboard-apply").click();
        waitForVaadin();
        assertThat(page.getByTestId("dashboard-error")).containsText("อยู่หลังวันที่สิ้นสุด");
        assertThat(page.getByTestId("dashboard-period")).containsText("ปีงบประมาณ พ.ศ. " + fiscalYear);

        switchLanguage();
        open("dashboard");
        assertThat(page.locator("vaadin-app-layout h2")).hasText("Follow-up dashboard of the governor's directives");
        assertThat(page.getByTestId("dashboard-period")).containsText("Fiscal year " + fiscalYear + " BE");
        assertThat(page.locator("[data-testid='dashboard-chart-trend'] svg")).containsText("Oct " + String.valueOf(fiscalYear - 1).substring(2));
        screenshot("dashboard-en");
        switchLanguage();
    }

    @Test
    void aViceGovernorSeesTheDashboardAndOthersDoNot() {
        loginAs("vicegovernor1", Lang.THAI);
        open("dashboard");
        assertThat(page.getByTestId("dashboard-content")).isVisible();
        assertThat(page.getByTestId("dashboard-figure-open-parts")).isVisible();
        logout();

        loginAs("staff", Lang.THAI);
        assertThat(navigationEntries()).doesNotContain("nav-dashboard");
        open("dashboard");
        assertThat(page.getByTestId("dashboard-content")).hasCount(0);
        assertThat(page.getByTestId("dashboard-figure-overdue")).hasCount(0);
    }
}
