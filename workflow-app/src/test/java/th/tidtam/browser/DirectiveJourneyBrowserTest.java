package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

import th.tidtam.support.IntegrationTest;

/**
 * The whole follow-up of one directive in the browser, each step by the person whose work it is: the governor issues,
 * the head of the provincial office screens, the health office acknowledges and delegates to its disease control
 * section, whose progress report the health office accepts; the section hands in its result, the health office submits
 * the unit's final report, the provincial office proposes closure, the governor closes. Every step leaves a screenshot target/screenshots/journey-NN-step.png.
 */
@IntegrationTest
class DirectiveJourneyBrowserTest extends BrowserTestSupport {

    static final String HEALTH_OFFICE = "สำนักงานสาธารณสุขจังหวัดฉะเชิงเทรา";

    @Test
    void aDirectiveIsIssuedScreenedDelegatedReportedAcceptedProposedAndClosedBySixPeopleInTurn() {
        String suffix = "JRN" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String subject = "ควบคุมโรคไข้เลือดออก " + suffix;

        // 1. the governor issues the directive, the health office leads
        loginAs("governor", Lang.THAI);
        open("directives/new");
        page.getByTestId("directive-subject").locator("input").fill(subject);
        page.getByTestId("directive-text").locator("textarea")
                .fill("ให้สำนักงานสาธารณสุขจังหวัดเร่งกำจัดแหล่งเพาะพันธุ์ยุงลายในทุกอำเภอ และรายงานผลต่อจังหวัด");
        page.locator("vaadin-combo-box[data-testid='directive-lead'] input").click();
        page.locator("vaadin-combo-box[data-testid='directive-lead'] input").pressSequentially("สาธารณสุขจังหวัด");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(exactly(HEALTH_OFFICE))).click();
        waitForVaadin();
        assertThat(page.locator("vaadin-combo-box[data-testid='directive-lead'] input")).hasValue(HEALTH_OFFICE);
        page.getByTestId("directive-meeting").locator("input").fill("12/2569");
        screenshot("journey-01-governor-fills-in");
        page.getByTestId("directive-issue-submit").click();
        page.waitForURL(Pattern.compile(".*/directives/\\d+$"));
        waitForVaadin();
        assertThat(page.getByTestId("directive-heading")).containsText(" · " + subject);
        String directivePath = page.url().substring(page.url().indexOf("/directives/") + 1);
        assertThat(page.getByTestId("directive-parts")).containsText(HEALTH_OFFICE);
        assertThat(mainContent()).containsText("รอกลั่นกรอง");
        screenshot("journey-02-governor-issued");
        logout();

        // 2. the head of the provincial office screens it and confirms
        loginAs("head", Lang.THAI);
        openMyTask(suffix, subject);
        screenshot("journey-03-head-screens");
        page.getByTestId("task-note").locator("textarea").fill("ตรวจแล้ว ส่งหน่วยงานดำเนินการ");
        page.getByTestId("task-confirm").click();
        backOnTheDirective(subject);
        assertThat(mainContent()).containsText("อยู่ระหว่างดำเนินการ");
        screenshot("journey-04-head-confirmed");
        logout();

        // 3. the health office acknowledges and hands the part to its disease control section
        loginAs("agency.health", Lang.THAI);
        openMyTask(suffix, subject);
        assertThat(page.getByTestId("task-acknowledge")).isVisible();
        page.locator("vaadin-combo-box[data-testid='delegate-to'] input").click();
        page.locator("vaadin-combo-box[data-testid='delegate-to'] input").pressSequentially("หัวหน้ากลุ่มงานควบคุมโรค");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("หัวหน้ากลุ่มงานควบคุมโรคติดต่อ"))
                .first().click();
        waitForVaadin();
        screenshot("journey-05-health-acknowledges-and-delegates");
        page.getByTestId("task-acknowledge").click();
        backOnTheDirective(subject);
        assertThat(page.getByTestId("directive-parts")).containsText("หัวหน้ากลุ่มงานควบคุมโรคติดต่อ");
        screenshot("journey-06-health-delegated");
        logout();

        // 4. the section head reports progress, which goes one level up to the health office
        loginAs("health.cdc", Lang.THAI);
        openMyTask(suffix, subject);
        page.getByTestId("progress-status").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("เป็นไปตามแผน")).click();
        page.getByTestId("progress-percent").locator("input").fill("60");
        page.getByTestId("progress-text").locator("textarea").fill("กำจัดแหล่งเพาะพันธุ์ยุงลายแล้ว 7 อำเภอ <b>ไม่ใช่ HTML</b>");
        screenshot("journey-07-section-reports-progress");
        page.getByTestId("progress-send").click();
        waitForVaadin();
        logout();

        loginAs("agency.health", Lang.THAI);
        openMyTask(suffix, subject);
        assertThat(page.getByTestId("review-report-text")).hasText("กำจัดแหล่งเพาะพันธุ์ยุงลายแล้ว 7 อำเภอ <b>ไม่ใช่ HTML</b>");
        screenshot("journey-08-health-reviews-progress");
        page.getByTestId("review-accept").click();
        backOnTheDirective(subject);
        assertThat(page.getByTestId("directive-reports")).containsText("รับรายงาน");
        logout();

        // 5. the section hands its result to the head of the health office, who submits the unit's final report
        loginAs("health.cdc", Lang.THAI);
        openMyTask(suffix, subject);
        page.getByTestId("task-note").locator("textarea")
                .fill("กำจัดแหล่งเพาะพันธุ์ยุงลายครบทั้ง 11 อำเภอแล้ว ผู้ป่วยรายใหม่ลดลงร้อยละ 40");
        page.getByTestId("task-submit-final").click();
        backOnTheDirective(subject);
        logout();

        loginAs("agency.health", Lang.THAI);
        openMyTask(suffix, subject);
        page.getByTestId("task-note").locator("textarea").fill("สสจ.ฉะเชิงเทรา ขอรายงานผลตามข้อสั่งการ รายละเอียดตามที่แนบ");
        screenshot("journey-09-health-submits-the-unit-report");
        page.getByTestId("task-submit-unit").click();
        backOnTheDirective(subject);
        assertThat(page.getByTestId("directive-parts")).containsText("ดำเนินการแล้วเสร็จ");
        screenshot("journey-10-health-reported");
        logout();

        // 5. the provincial office checks the evidence and proposes closure
        loginAs("head", Lang.THAI);
        openMyTask(suffix, subject);
        screenshot("journey-11-head-checks-evidence");
        page.getByTestId("task-propose-closure").click();
        backOnTheDirective(subject);
        assertThat(mainContent()).containsText("เสนอปิดเรื่อง");
        screenshot("journey-12-head-proposed-closure");
        logout();

        // 6. the governor closes
        loginAs("governor", Lang.THAI);
        openMyTask(suffix, subject);
        screenshot("journey-13-governor-decides");
        page.getByTestId("task-close").click();
        backOnTheDirective(subject);
        open(directivePath);
        assertThat(mainContent()).containsText("ปิดเรื่องแล้ว");
        Locator timeline = page.getByTestId("directive-timeline");
        for (String step : new String[] { "ออกข้อสั่งการ", "กลั่นกรองแล้ว", "รับทราบข้อสั่งการ",
                "มอบหมายให้ผู้ใต้บังคับบัญชาดำเนินการ", "รายงานความก้าวหน้า", "รับรายงานความก้าวหน้า",
                "ผู้รับมอบส่งผลการดำเนินการให้หัวหน้าหน่วยงาน", "ส่งรายงานผลการดำเนินการ",
                "สำนักงานจังหวัดตรวจสอบหลักฐานและเสนอปิดเรื่อง", "ผู้ว่าราชการจังหวัดปิดเรื่อง" }) {
            assertThat(cell(timeline, step)).hasCount(1);
        }
        screenshot("journey-14-governor-closed");
    }

    /** Finds the task of this directive in My work through the search box and opens it. */
    private void openMyTask(String suffix, String subject) {
        if (!page.url().endsWith("/work")) {
            open("work");
        }
        Locator grid = page.getByTestId("my-work");
        assertThat(grid).isVisible();
        searchMyWork(suffix);
        Locator row = cell(grid, subject);
        assertThat(row).hasCount(1);
        row.click();
        page.waitForURL(Pattern.compile(".*/work/[^/]+$"));
        waitForVaadin();
        assertThat(mainContent()).containsText(subject);
    }

    private void backOnTheDirective(String subject) {
        page.waitForURL(Pattern.compile(".*/directives/\\d+$"));
        waitForVaadin();
        assertThat(page.getByTestId("directive-heading")).containsText(" · " + subject);
    }

    private Locator mainContent() {
        return page.locator("vaadin-app-layout");
    }

    private static Locator cell(Locator grid, String text) {
        return grid.locator("vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(exactly(text)));
    }
}
