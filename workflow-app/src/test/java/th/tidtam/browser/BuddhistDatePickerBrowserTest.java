package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

import th.tidtam.base.time.ThaiDates;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.service.Actor;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.support.IntegrationTest;

/**
 * The Buddhist-era date picker in a real browser: it shows BE years, parses typed BE dates into the right ISO date
 * on the server, and titles its calendar with BE years. Vaadin's own picker would show 2026 and read 2569 as
 * the year 2569.
 */
@IntegrationTest
class BuddhistDatePickerBrowserTest extends BrowserTestSupport {

    private static final String BAN_PHO_CHIEF = "DIST-05-CHIEF";
    private static final String ORDER_NUMBER = "คำสั่งทดสอบปฏิทิน พ.ศ. ที่ 9/2569";

    @Autowired
    OrgDirectory directory;
    @Autowired
    OrgAdministration administration;

    /** The suite shares one database: whatever this class recorded is removed again, even after a failure. */
    @AfterEach
    void removeTheTestAssignment() {
        directory.positionByCode(BAN_PHO_CHIEF).ifPresent(p -> directory.history(p.id()).stream()
                .filter(a -> ORDER_NUMBER.equals(a.orderNumber()))
                .forEach(a -> administration.deleteAssignment(a.assignmentId())));
    }

    @Test
    void anActingAssignmentIsEnteredWithBuddhistEraDates() {
        LocalDate today = directory.today();
        // a day shortly after today, typed the way an official writes it: no leading zeros, BE year
        LocalDate from = today.plusDays(6);
        String typed = from.getDayOfMonth() + "/" + from.getMonthValue() + "/" + (from.getYear() + ThaiDates.BE_OFFSET);
        PositionSummary banPho = directory.positionByCode(BAN_PHO_CHIEF).orElseThrow();
        assertThat(banPho.titleTh()).isEqualTo("นายอำเภอบ้านโพธิ์");

        loginAs("admin", Lang.THAI);
        openAssignmentDialog("นายอำเภอบ้านโพธิ์");

        Locator fromInput = pickerInput("assignment-from");
        // the server's value is today (ISO); the field shows it in BE
        assertThat(fromInput).hasValue(ThaiDates.formatShort(today));
        assertThat(fromInput).hasValue(Pattern.compile("^\\d{2}/\\d{2}/25\\d{2}$"));

        fromInput.fill(typed);
        fromInput.press("Enter");
        waitForVaadin();
        assertThat(fromInput).hasValue(ThaiDates.formatShort(from));
        assertThat(page.getByTestId("assignment-from")).not().hasAttribute("invalid", "");

        comboBoxChoose("assignment-person", "(vicegovernor2)");
        page.getByTestId("assignment-order").locator("input").fill(ORDER_NUMBER);
        Locator orderDate = pickerInput("assignment-order-date");
        orderDate.fill(ThaiDates.formatShort(today));
        orderDate.press("Enter");
        waitForVaadin();
        assertThat(orderDate).hasValue(ThaiDates.formatShort(today));
        screenshot("date-picker-assignment-dialog");

        page.getByTestId("dialog-save").click();
        waitForVaadin();
        assertThat(page.locator("vaadin-dialog-overlay[opened]")).hasCount(0);

        // what the server received and stored
        Optional<Actor> saved = directory.history(banPho.id()).stream().filter(a -> ORDER_NUMBER.equals(a.orderNumber()))
                .findFirst();
        assertThat(saved).isPresent();
        assertThat(saved.get().kind()).isEqualTo(AssignmentKind.ACTING);
        assertThat(saved.get().validFrom()).isEqualTo(from);
        assertThat(saved.get().orderDate()).isEqualTo(today);

        // and what the administrator sees in the list
        Locator row = page.getByTestId("admin-assignments").locator("vaadin-grid-cell-content");
        assertThat(row.filter(new Locator.FilterOptions().setHasText(ThaiDates.formatMedium(from, th()))).first()).isVisible();
        screenshot("date-picker-assignment-saved");
    }

    @Test
    void theExampleDateOfTheSpecificationIsReadAsFirstDecember2026() {
        loginAs("admin", Lang.THAI);
        openAssignmentDialog("นายอำเภอบ้านโพธิ์");
        Locator to = pickerInput("assignment-to");
        to.fill("1/12/2569");
        to.press("Enter");
        waitForVaadin();
        assertThat(to).hasValue("01/12/2569");
        // the web component's own value is the ISO date that goes to the server
        assertThat(page.getByTestId("assignment-to").evaluate("p => p.value")).isEqualTo("2026-12-01");
        // Thai digits and two-digit BE years are understood too
        to.fill("๒/๑๒/๖๙");
        to.press("Enter");
        waitForVaadin();
        assertThat(to).hasValue("02/12/2569");
        assertThat(page.getByTestId("assignment-to").evaluate("p => p.value")).isEqualTo("2026-12-02");
    }

    @Test
    void theCalendarIsTitledWithBuddhistEraYears() {
        LocalDate today = directory.today();
        loginAs("admin", Lang.THAI);
        openAssignmentDialog("นายอำเภอบ้านโพธิ์");

        page.getByTestId("assignment-from").locator("[part='toggle-button']").click();
        Locator overlay = page.locator("vaadin-date-picker-overlay[opened]");
        assertThat(overlay).isVisible();
        Locator headers = overlay.locator("vaadin-month-calendar [part='month-header']");
        String current = ThaiDates.monthName(today.getMonthValue(), th()) + " " + (today.getYear() + ThaiDates.BE_OFFSET);
        assertThat(headers.filter(new Locator.FilterOptions().setHasText(current)).first()).isVisible();
        List<String> titles = headers.allTextContents();
        assertThat(titles).isNotEmpty().allSatisfy(t -> assertThat(t.trim()).matches("\\S+ 25\\d\\d"));
        // the year column would print Gregorian years (it has no formatting hook), so BE pickers hide it
        assertThat(overlay).hasAttribute("theme", Pattern.compile("buddhist-era"));
        Locator years = overlay.locator("vaadin-date-picker-year-scroller");
        assertThat(years).hasCount(1);
        assertThat(years).isHidden();
        screenshot("date-picker-calendar");
        page.keyboard().press("Escape");
        // closing the calendar keeps the BE text
        assertThat(pickerInput("assignment-from")).hasValue(ThaiDates.formatShort(today));
    }

    private void openAssignmentDialog(String positionTitle) {
        open("admin/org");
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("ผู้ดำรง/รักษาราชการแทน")).click();
        waitForVaadin();
        comboBoxChoose("assignment-position", positionTitle);
        page.getByTestId("assignment-new").click();
        waitForVaadin();
        assertThat(page.getByTestId("assignment-from")).isVisible();
    }

    private void comboBoxChoose(String testId, String text) {
        Locator input = page.getByTestId(testId).locator("input");
        input.fill(text);
        Locator item = page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(text));
        item.first().click();
        waitForVaadin();
        assertThat(input).hasValue(Pattern.compile(escape(text)));
    }

    private Locator pickerInput(String testId) {
        return page.getByTestId(testId).locator("input");
    }

    private static java.util.Locale th() {
        return java.util.Locale.forLanguageTag("th-TH");
    }
}
