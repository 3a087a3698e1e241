package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/**
 * A complaint from the Damrongdhama centre in the browser: the head of office assigns it to the livestock office,
 * which declines with its reason; the head gives it to the local administration office, which accepts and reports
 * progress; a vice governor, off the route, sees the matter without the complainant's details. Screenshots
 * target/screenshots/matters-NN-step.png.
 */
@IntegrationTest
class MatterTriageBrowserTest extends BrowserTestSupport {

    @Autowired
    WorkingCalendar calendar;

    @Test
    void headAssignsAComplaintTheUnitDeclinesTheNextAcceptsAndAViceGovernorSeesNoPersonalData() {
        try {
            journey();
        } catch (RuntimeException | AssertionError e) {
            screenshot("matters-99-failed");
            throw e;
        }
    }

    private void journey() {
        String suffix = "MTB" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String subject = "ร้องเรียนน้ำเสียจากฟาร์มสุกร " + suffix;
        ApiClient api = new ApiClient(port);
        ApiClient.Response created = api.post("/api/matters", "director.damrongdhama", Map.of("subject", subject,
                "description", "ชาวบ้านร้องเรียนน้ำเสียไหลลงคลอง ไม่ชัดว่าหน่วยงานใดรับผิดชอบ", "source", "COMPLAINT",
                "complainant", Map.of("fullName", "นางมาลี ศรีสุข", "nationalId", "3509900456785", "phone", "089-111-2222")));
        org.assertj.core.api.Assertions.assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String matterPath = "matters/" + created.body().get("id").asLong();
        LocalDate due = calendar.addWorkingDays(calendar.today(), 10);
        String dueText = due.getDayOfMonth() + "/" + due.getMonthValue() + "/" + (due.getYear() + 543);

        // 1. the head of office triages it to the livestock office
        loginAs("head", Lang.THAI);
        openMyTask(suffix);
        screenshot("matters-01-head-triage");
        chooseUnit("ปศุสัตว์จังหวัด");
        Locator dueInput = page.getByTestId("triage-due").locator("input");
        dueInput.fill(dueText);
        dueInput.press("Enter");
        page.getByTestId("triage-save").click();
        onTheMatter(matterPath);
        assertThat(page.getByTestId("matter-parts")).containsText("ปศุสัตว์");
        logout();

        // 2. the livestock office declines, with its reason
        loginAs("agency.livestock", Lang.THAI);
        openMyTask(suffix);
        page.getByTestId("decline-reason").locator("textarea").fill("น้ำเสียจากฟาร์มเป็นอำนาจของสำนักงานสิ่งแวดล้อมและท้องถิ่น");
        screenshot("matters-02-livestock-declines");
        page.getByTestId("matter-decline").click();
        onTheMatter(matterPath);
        assertThat(page.getByTestId("matter-declines")).containsText("น้ำเสียจากฟาร์มเป็นอำนาจ");
        logout();

        // 3. the head sees the reason and gives it to the local administration office
        loginAs("head", Lang.THAI);
        openMyTask(suffix);
        assertThat(page.locator("vaadin-app-layout")).containsText("น้ำเสียจากฟาร์มเป็นอำนาจ");
        chooseUnit("ส่งเสริมการปกครองท้องถิ่น");
        page.getByTestId("triage-save").click();
        onTheMatter(matterPath);
        screenshot("matters-03-head-reassigned");
        logout();

        // 4. the local administration office accepts and reports progress
        loginAs("agency.localadmin", Lang.THAI);
        openMyTask(suffix);
        page.getByTestId("matter-accept").click();
        onTheMatter(matterPath);
        page.getByTestId("progress-percent").locator("input").fill("40");
        page.getByTestId("progress-text").locator("textarea").fill("ประสานเทศบาลตรวจสอบฟาร์มแล้ว");
        page.getByTestId("progress-send").click();
        waitForVaadin();
        assertThat(page.getByTestId("matter-progress")).containsText("ประสานเทศบาลตรวจสอบฟาร์มแล้ว");
        assertThat(page.getByTestId("matter-complainant")).containsText("นางมาลี ศรีสุข");
        screenshot("matters-04-localadmin-progress");
        logout();

        // 5. a vice governor, not on the route, sees the matter but not the complainant
        loginAs("vicegovernor2", Lang.THAI);
        open(matterPath);
        assertThat(page.getByTestId("matter-complainant")).containsText("เฉพาะผู้เกี่ยวข้อง");
        assertThat(page.locator("vaadin-app-layout")).not().containsText("นางมาลี");
        assertThat(page.locator("vaadin-app-layout")).not().containsText("3509900456785");
        screenshot("matters-05-vice-governor-no-personal-data");
    }

    private void openMyTask(String suffix) {
        open("work");
        Locator grid = page.getByTestId("my-work");
        assertThat(grid).isVisible();
        searchMyWork(suffix);
        Locator row = grid.locator("vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(suffix));
        assertThat(row.first()).isVisible();
        row.first().click();
        page.waitForURL(Pattern.compile(".*/work/[^/]+$"));
        waitForVaadin();
        assertThat(page.getByTestId("task-matter")).containsText(suffix);
    }

    private void chooseUnit(String text) {
        Locator input = page.locator("vaadin-combo-box[data-testid='triage-unit'] input");
        input.click();
        input.pressSequentially(text);
        page.locator("vaadin-combo-box-item:not([hidden])").filter(new Locator.FilterOptions().setHasText(text)).first().click();
        waitForVaadin();
    }

    private void onTheMatter(String matterPath) {
        page.waitForURL(Pattern.compile(".*/" + matterPath + "$"));
        waitForVaadin();
        assertThat(page.getByTestId("matter-status")).isVisible();
    }
}
