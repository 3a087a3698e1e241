package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

import th.tidtam.base.time.ThaiDates;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.IntegrationTest;

/**
 * A coordination request by three people in turn: the head of office writes and sends it to the fisheries office, its
 * head answers in My work, the head of office records the result and closes it. Screens are saved to
 * target/screenshots/coordination-*.png.
 */
@IntegrationTest
class CoordinationJourneyBrowserTest extends BrowserTestSupport {

    @Autowired WorkingCalendar calendar;
    @Autowired OrgDirectory org;

    @Test
    void theHeadOfOfficeAsksAnAgencyAnswersAndTheHeadClosesWithTheResult() {
        String suffix = "CRD" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String subject = "ขอข้อมูลผลผลิตสัตว์น้ำรายอำเภอ " + suffix;
        long unitId = org.positionsFilled(org.person("agency.fisheries").orElseThrow().id()).get(0).unitId();
        String agency = org.unit(unitId).orElseThrow().nameTh();
        LocalDate due = calendar.addWorkingDays(calendar.today(), 5);

        loginAs("head", Lang.THAI);
        open("coordination/new");
        page.getByTestId("coordination-subject").locator("input").fill(subject);
        page.getByTestId("coordination-body").locator("textarea").fill("ขอให้แจ้งผลผลิตสัตว์น้ำรายอำเภอ ปี 2569 เพื่อประกอบแผนพัฒนาจังหวัด");
        Locator dueInput = page.getByTestId("coordination-due").locator("input");
        dueInput.fill(ThaiDates.formatShort(due));
        dueInput.press("Enter");
        Locator units = page.locator("vaadin-multi-select-combo-box[data-testid='coordination-units'] input");
        units.click();
        units.pressSequentially("ประมง");
        page.locator("vaadin-multi-select-combo-box-item:not([hidden])").filter(new Locator.FilterOptions().setHasText(agency)).first().click();
        page.keyboard().press("Escape");
        waitForVaadin();
        screenshot("coordination-01-head-writes");
        page.getByTestId("coordination-send").click();
        page.waitForURL(Pattern.compile(".*/coordination/\\d+$"));
        waitForVaadin();
        String requestPath = page.url().substring(page.url().indexOf("/coordination/") + 1);
        assertThat(page.getByTestId("coordination-status")).containsText("รอคำตอบ");
        assertThat(page.getByTestId("coordination-party")).containsText(agency);
        screenshot("coordination-02-sent");
        logout();

        loginAs("agency.fisheries", Lang.THAI);
        open("work");
        searchMyWork(suffix);
        Locator row = page.getByTestId("my-work").locator("vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(subject));
        assertThat(row.first()).isVisible();
        row.first().click();
        page.waitForURL(Pattern.compile(".*/work/[^/]+$"));
        waitForVaadin();
        page.getByTestId("answer-text").locator("textarea").fill("ผลผลิตสัตว์น้ำรวม 52,300 ตัน อำเภอบางปะกงมากที่สุด");
        screenshot("coordination-03-agency-answers");
        page.getByTestId("coordination-answer").click();
        page.waitForURL(Pattern.compile(".*/coordination/\\d+$"));
        waitForVaadin();
        assertThat(page.getByTestId("coordination-party")).containsText("ตอบแล้วภายในกำหนด");
        logout();

        loginAs("head", Lang.THAI);
        open(requestPath);
        assertThat(page.getByTestId("coordination-party")).containsText("52,300 ตัน");
        page.getByTestId("coordination-result").locator("textarea").fill("ใช้ข้อมูลผลผลิตประกอบแผนพัฒนาจังหวัด ปี 2570");
        screenshot("coordination-04-head-consolidates");
        page.getByTestId("coordination-close").click();
        waitForVaadin();
        assertThat(page.getByTestId("coordination-status")).containsText("ปิดเรื่องแล้ว");
        assertThat(page.getByTestId("coordination-pdf")).isVisible();
        screenshot("coordination-05-closed");
    }
}
