package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;

import th.tidtam.support.IntegrationTest;

/**
 * The head of office generates the follow-up report on its screen: progress is shown while it renders in the
 * background, then a download link serves the file.
 */
@IntegrationTest
class FollowUpReportBrowserTest extends BrowserTestSupport {

    @Test
    void theHeadOfOfficeGeneratesTheReportAndDownloadsIt() throws Exception {
        loginAs("head", Lang.THAI);
        page.getByTestId("nav-reportsfollow-up").click();
        waitForVaadin();
        assertThat(page.locator("vaadin-app-layout h2")).hasText("รายงานผลการติดตามการปฏิบัติตามข้อสั่งการ");
        page.getByTestId("report-thai-digits").locator("input").check();
        page.getByTestId("report-generate").click();
        Locator link = page.getByTestId("report-download");
        assertThat(link).isVisible();
        assertThat(link).containsText("follow-up-");
        assertThat(page.getByTestId("report-status")).containsText("จัดทำรายงานเรียบร้อย");
        assertThat(page.getByTestId("report-progress")).isHidden();
        screenshot("report-follow-up-ready");

        Download download = page.waitForDownload(link::click);
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".pdf");
        byte[] bytes = Files.readAllBytes(download.path());
        org.assertj.core.api.Assertions.assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        // a spreadsheet for a period, from the same screen
        page.getByTestId("report-mode").getByText("ตามช่วงวันที่").click();
        page.getByTestId("report-format").getByText("Excel (XLSX)").click();
        page.getByTestId("report-from").locator("input").fill("01/10/2569");
        page.getByTestId("report-from").locator("input").press("Enter");
        page.getByTestId("report-generate").click();
        assertThat(link).containsText(".xlsx");
        screenshot("report-follow-up-xlsx");
    }
}
