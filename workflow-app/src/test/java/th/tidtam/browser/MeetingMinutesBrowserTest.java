package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.microsoft.playwright.Locator;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.meeting.BodyKind;
import th.tidtam.meeting.BodySummary;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.service.BodyForm;
import th.tidtam.meeting.MemberRole;
import th.tidtam.meeting.service.MeetingRegister;
import th.tidtam.meeting.service.MemberForm;
import th.tidtam.meeting.service.ScheduleMeeting;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.IntegrationTest;

/**
 * The secretariat turns the shared example minutes (../shared/data/minutes/minutes-example-1-2569.txt) into
 * directives: opens a held meeting, pastes the minutes, reviews the nine proposals (edits two dates that have passed,
 * edits a text, drops one), confirms, and finds the directives with the meeting's number and agenda item. Screens
 * are saved to target/screenshots/meeting-*.png in Thai and in English.
 */
@IntegrationTest
class MeetingMinutesBrowserTest extends BrowserTestSupport {

    private static final String EXAMPLE = "minutes-corpus/tuning/minutes-example-1-2569.txt";

    @Autowired
    UserDetailsService users;
    @Autowired
    MeetingRegister register;
    @Autowired
    OrgDirectory org;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    Clock clock;

    @Test
    void theSecretariatPastesTheExampleMinutesReviewsTheProposalsAndIssuesTheDirectives() throws IOException {
        MeetingSummary meeting = heldMeeting();
        loginAs("secretary", Lang.THAI);
        open("meetings/" + meeting.id());
        assertThat(page.getByTestId("meeting-heading")).containsText(meeting.number());
        screenshot("meeting-01-held-meeting-th");
        page.getByTestId("meeting-import-minutes").click();
        waitForVaadin();
        assertThat(page.getByTestId("import-heading")).hasText("นำเข้าข้อสั่งการจากรายงานการประชุม");

        page.getByTestId("minutes-text").locator("textarea").fill(example());
        page.getByTestId("minutes-read").click();
        waitForVaadin();
        Locator proposals = page.getByTestId("proposal");
        assertThat(proposals).hasCount(9);
        assertThat(page.getByTestId("proposal-counts")).containsText("พบข้อสั่งการ 9 ข้อ");
        assertThat(lead(0)).hasValue("สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดฉะเชิงเทรา");
        assertThat(lead(3)).hasValue("โครงการชลประทานฉะเชิงเทรา");
        assertThat(lead(6)).hasValue("สำนักงานคลังจังหวัดฉะเชิงเทรา");
        assertThat(proposals.nth(0).getByTestId("proposal-all-districts").locator("input")).isChecked();
        assertThat(proposals.nth(5).getByTestId("proposal-all-agencies").locator("input")).isChecked();
        screenshot("meeting-02-proposals-th");

        // the two dates the minutes give have passed: the reviewer moves them; the text of one is sharpened; the
        // ceremony of 4 May has passed too, so that one is dropped
        String later = beDate(workingDayAfter(LocalDate.now(clock).plusDays(30)));
        setDue(0, later);
        setDue(5, later);
        Locator text = proposals.nth(2).getByTestId("proposal-text").locator("textarea");
        text.fill(text.inputValue() + " โดยประสานตำรวจภูธรจังหวัด");
        text.blur();
        waitForVaadin();
        proposals.nth(8).getByTestId("proposal-keep").locator("input").uncheck();
        waitForVaadin();
        assertThat(page.getByTestId("proposal-counts")).containsText("รับ 8 ข้อ");
        screenshot("meeting-03-reviewed-th");

        page.getByTestId("proposals-confirm").click();
        page.getByTestId("proposals-confirm-yes").click();
        waitForVaadin();
        Locator links = page.getByTestId("issued-directive-link");
        assertThat(links).hasCount(8);
        screenshot("meeting-04-issued-th");

        // a directive of item 4.2 carries the meeting's number and its agenda item
        links.nth(6).click();
        waitForVaadin();
        assertThat(page.getByTestId("directive-heading")).isVisible();
        assertThat(page.locator("vaadin-app-layout")).containsText("ครั้งที่ " + meeting.number() + " วาระที่ 4.2");
        screenshot("meeting-05-directive-th");

        // the meeting's own directives tab lists them with their numbers
        open("meetings/" + meeting.id());
        page.getByTestId("meeting-tab-directives").click();
        waitForVaadin();
        assertThat(page.getByTestId("minutes-directive-link")).hasCount(8);
        screenshot("meeting-06-meeting-directives-th");
    }

    @Test
    void theReviewScreenAndTheRegisterReadInEnglish() throws IOException {
        MeetingSummary meeting = heldMeeting();
        loginAs("secretary", Lang.ENGLISH);
        try {
            page.getByTestId("nav-meetings").click();
            waitForVaadin();
            assertThat(page.getByTestId("meetings")).isVisible();
            screenshot("meeting-07-register-en");
            open("meetings/" + meeting.id() + "/import");
            assertThat(page.getByTestId("import-heading")).hasText("Directives from the minutes");
            // this time the minutes come as a file: its text lands in the text area for the reviewer to see
            page.getByTestId("minutes-upload").locator("input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                    "minutes-1-2569.txt", "text/plain", example().getBytes(StandardCharsets.UTF_8)));
            assertThat(page.getByTestId("minutes-text").locator("textarea")).hasValue(
                    java.util.regex.Pattern.compile("^รายงานการประชุมหัวหน้าส่วนราชการ", java.util.regex.Pattern.DOTALL));
            page.getByTestId("minutes-read").click();
            waitForVaadin();
            assertThat(page.getByTestId("proposal")).hasCount(9);
            assertThat(page.getByTestId("proposal-counts")).containsText("9 directives found");
            screenshot("meeting-08-proposals-en");
            open("meetings/" + meeting.id());
            page.getByTestId("meeting-tab-attendance").click();
            waitForVaadin();
            assertThat(page.getByTestId("attendance")).isVisible();
            screenshot("meeting-09-attendance-en");
            // the register and the newest meeting on it
            switchLanguage();
            page.getByTestId("nav-meetings").click();
            waitForVaadin();
            screenshot("meeting-10-register-th");
            page.getByTestId("meetings").getByText(java.util.regex.Pattern.compile("^\\d+/\\d{4}$")).first().click();
            waitForVaadin();
            assertThat(page.getByTestId("meeting-heading")).isVisible();
            screenshot("meeting-11-newest-meeting-th");
            // a held meeting's minutes (the demo's), when there is one
            page.getByTestId("nav-meetings").click();
            waitForVaadin();
            Locator held = page.getByTestId("meetings").getByText("ประชุมแล้ว", new Locator.GetByTextOptions().setExact(true));
            if (held.count() > 0) {
                held.first().click();
                waitForVaadin();
                page.getByTestId("meeting-tab-minutes").click();
                waitForVaadin();
                assertThat(page.getByTestId("minutes-status")).isVisible();
                screenshot("meeting-14-minutes-th");
            }
        } finally {
            if (shownLanguage() == Lang.ENGLISH) {
                switchLanguage();
            }
        }
    }

    @Test
    void theSecretariatSchedulesAMeetingPutsAnItemOnItsAgendaAndPublishesIt() {
        BodySummary body = as("secretary", () -> committee());
        loginAs("secretary", Lang.THAI);
        page.getByTestId("nav-meetings").click();
        waitForVaadin();
        page.getByTestId("meeting-schedule").click();
        page.getByTestId("schedule-body").click();
        // the list's option (the values shown in closed selects are copies without the option role)
        page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName(body.nameTh()).setExact(true)).click();
        Locator date = page.getByTestId("schedule-date").locator("input");
        date.fill(beDate(workingDayAfter(LocalDate.now(clock).plusDays(40))));
        date.press("Enter");
        screenshot("meeting-12-schedule-th");
        page.getByTestId("schedule-save").click();
        waitForVaadin();
        assertThat(page.getByTestId("meeting-heading")).containsText(body.nameTh());

        page.getByTestId("meeting-tab-submit").click();
        page.getByTestId("submit-title").locator("input").fill("ผลการดำเนินงานโครงการจังหวัดสะอาด");
        page.getByTestId("submit-summary").locator("textarea").fill("รายงานความก้าวหน้าไตรมาสที่ 1");
        page.getByTestId("submit-save").click();
        waitForVaadin();
        // the new item's documents are offered at once
        assertThat(page.locator("vaadin-dialog-overlay").getByTestId("attachments")).isVisible();
        page.getByTestId("item-files-close").click();
        page.getByTestId("meeting-tab-agenda").click();
        waitForVaadin();
        assertThat(page.getByTestId("agenda-items")).containsText("ผลการดำเนินงานโครงการจังหวัดสะอาด");
        page.getByTestId("agenda-publish").click();
        waitForVaadin();
        assertThat(page.getByTestId("agenda-versions")).isVisible();
        screenshot("meeting-13-agenda-published-th");
    }

    private Locator lead(int proposal) {
        return page.getByTestId("proposal").nth(proposal).getByTestId("proposal-lead").locator("input");
    }

    private void setDue(int proposal, String beDate) {
        Locator input = page.getByTestId("proposal").nth(proposal).getByTestId("proposal-due").locator("input");
        input.fill(beDate);
        input.press("Enter");
        waitForVaadin();
    }

    /** A committee of its own for each test (so the monthly meeting's sittings stay as the demo has them), met yesterday. */
    private MeetingSummary heldMeeting() {
        return as("secretary", () -> {
            BodySummary body = committee();
            // members by position: the head of office keeps the minutes, two district chiefs attend
            org.positionWithRole(PositionRole.HEAD_OF_OFFICE).ifPresent(head -> register.setMember(body.id(),
                    new MemberForm(head, MemberRole.SECRETARY, false)));
            for (String positionCode : new String[] { "DIST-01-CHIEF", "DIST-02-CHIEF" }) {
                org.positionByCode(positionCode).ifPresent(p -> register.setMember(body.id(), new MemberForm(p.id(), MemberRole.MEMBER, true)));
            }
            LocalDateTime yesterday = LocalDateTime.of(LocalDate.now(clock).minusDays(1), LocalTime.of(9, 30));
            return register.schedule(new ScheduleMeeting(body.id(), yesterday, null, null, null, null, null, null, null));
        });
    }

    /** A committee with a name of its own, chaired by the governor. */
    private BodySummary committee() {
        long governor = org.positionWithRole(PositionRole.GOVERNOR).orElseThrow();
        String code = "BT" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        return register.createBody(new BodyForm(code, "คณะกรรมการทดสอบ " + code, "Test committee " + code,
                BodyKind.COMMITTEE, governor, null, "ห้องประชุมมรุพงษ์ศิริพัฒน์", 5, true));
    }

    private <T> T as(String username, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private LocalDate workingDayAfter(LocalDate day) {
        LocalDate d = day;
        while (!calendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static String beDate(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("dd/MM/")) + (day.getYear() + 543);
    }

    private static String example() throws IOException {
        try (InputStream in = MeetingMinutesBrowserTest.class.getClassLoader().getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(EXAMPLE + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
