package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import th.tidtam.base.time.ThaiDates;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.IntegrationTest;

/**
 * Every demo role logs in and sees exactly the navigation its positions allow, in Thai and in English; the
 * language choice survives a new login; the home page dates are Buddhist-era.
 */
@IntegrationTest
class RoleNavigationBrowserTest extends BrowserTestSupport {

    private static final List<String> USERS = List.of("governor", "vicegovernor1", "head", "director.admin", "staff",
            "agency.health", "district.banpho", "admin", "secretary");
    private static final List<String> EVERYONE = List.of("nav-", "nav-work", "nav-directives", "nav-meetings", "nav-letters", "nav-outgoing", "nav-memos", "nav-orders", "nav-coordination", "nav-matters", "nav-partners", "nav-search", "nav-org", "nav-menotifications", "nav-mecalendar", "nav-mesecurity");
    /** The governor, the vice governors and the head of office also watch the board and the dashboard, and report. */
    private static final List<String> LEADERS = List.of("nav-", "nav-work", "nav-directives", "nav-board", "nav-dashboard",
            "nav-reportsfollow-up", "nav-meetings", "nav-letters", "nav-outgoing", "nav-memos", "nav-orders", "nav-coordination", "nav-matters", "nav-partners", "nav-search", "nav-org", "nav-menotifications", "nav-mecalendar", "nav-mesecurity");
    /** The secretariat prepares the meeting's follow-up report. */
    private static final List<String> SECRETARIAT = List.of("nav-", "nav-work", "nav-directives", "nav-reportsfollow-up",
            "nav-meetings", "nav-letters", "nav-outgoing", "nav-memos", "nav-orders", "nav-coordination", "nav-matters", "nav-partners", "nav-search", "nav-org", "nav-menotifications", "nav-mecalendar", "nav-mesecurity");
    private static final List<String> ADMIN = List.of("nav-", "nav-work", "nav-directives", "nav-meetings", "nav-letters", "nav-outgoing", "nav-memos", "nav-orders", "nav-coordination", "nav-matters", "nav-partners", "nav-search", "nav-org", "nav-menotifications", "nav-mecalendar", "nav-mesecurity", "nav-adminorg",
            "nav-adminholidays", "nav-adminoutbox", "nav-adminaudit", "nav-adminprocesses");

    private static final Map<String, String> THAI_LABELS = labels("nav-", "หน้าแรก", "nav-work", "งานของฉัน", "nav-directives", "ข้อสั่งการ",
            "nav-org", "สายการบังคับบัญชา", "nav-adminorg", "จัดการโครงสร้างองค์กร", "nav-adminholidays", "วันหยุดราชการ",
            "nav-adminprocesses", "กระบวนงานในระบบ", "nav-board", "กระดานติดตามข้อสั่งการ", "nav-reportsfollow-up",
            "รายงานติดตามข้อสั่งการ", "nav-dashboard", "แดชบอร์ดติดตามผล", "nav-adminaudit", "บันทึกการใช้งานระบบ", "nav-meetings",
            "การประชุม", "nav-letters", "ทะเบียนหนังสือรับ", "nav-outgoing", "ทะเบียนหนังสือส่ง", "nav-memos", "บันทึกข้อความ",
            "nav-orders", "คำสั่งจังหวัด", "nav-coordination", "ขอความร่วมมือ / ประสานงาน", "nav-matters", "เรื่องที่ไม่มีเจ้าภาพ",
            "nav-partners", "ภาคีเครือข่าย", "nav-search", "ค้นหา",
            "nav-menotifications", "การแจ้งเตือนทางอีเมล", "nav-mecalendar", "ปฏิทินของฉัน", "nav-mesecurity", "ความปลอดภัยบัญชี", "nav-adminoutbox", "กล่องจดหมายออก");
    private static final Map<String, String> ENGLISH_LABELS = labels("nav-", "Home", "nav-work", "My work", "nav-directives", "Directives",
            "nav-org", "Chain of command", "nav-adminorg", "Organisation administration", "nav-adminholidays", "Holidays",
            "nav-adminprocesses", "Process models", "nav-board", "Directive board", "nav-reportsfollow-up",
            "Follow-up report", "nav-dashboard", "Follow-up dashboard", "nav-adminaudit", "Audit trail", "nav-meetings", "Meetings",
            "nav-letters", "Incoming letters", "nav-outgoing", "Outgoing register", "nav-memos", "Memos", "nav-orders",
            "Provincial orders", "nav-coordination", "Coordination requests", "nav-matters", "Unowned matters", "nav-partners",
            "Partners", "nav-search", "Search", "nav-menotifications", "E-mail notifications", "nav-mecalendar", "My calendar", "nav-mesecurity", "Login security",
            "nav-adminoutbox", "Outbox");

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return Map.copyOf(m);
    }

    @Autowired
    OrgDirectory directory;
    @Autowired
    OrgAdministration administration;

    /** The suite shares one database: every demo user leaves this class with Thai as their language, even after a failure. */
    @AfterEach
    void backToThai() {
        for (String username : USERS) {
            directory.person(username).ifPresent(p -> administration.setPreferredLocale(p.id(), "th"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "governor", "vicegovernor1", "head", "director.admin", "staff", "agency.health",
            "district.banpho", "admin", "secretary" })
    void eachRoleSeesItsNavigationInThaiAndEnglishAndTheChoiceIsRemembered(String username) {
        List<String> expected = username.equals("admin") ? ADMIN
                : List.of("governor", "vicegovernor1", "head").contains(username) ? LEADERS
                : username.equals("secretary") ? SECRETARIAT : EVERYONE;

        loginAs(username, Lang.THAI);
        assertThat(navigationEntries()).containsExactlyElementsOf(expected);
        assertNavigationLabels(expected, THAI_LABELS);
        assertBuddhistEraToday("วันนี้ ");
        screenshot("home-" + username + "-th");

        switchLanguage();
        assertThat(navigationEntries()).containsExactlyElementsOf(expected);
        assertNavigationLabels(expected, ENGLISH_LABELS);
        assertBuddhistEraToday("Today is ");
        assertThat(page.getByTestId("today")).containsText(" BE");
        screenshot("home-" + username + "-en");

        // the choice is stored with the user: a new session opens in English
        logout();
        loginWithoutChoosingLanguage(username);
        assertThat(shownLanguage()).isEqualTo(Lang.ENGLISH);
        assertNavigationLabels(expected, ENGLISH_LABELS);

        // and back to Thai through the screen, which is remembered as well
        switchLanguage();
        assertNavigationLabels(expected, THAI_LABELS);
        logout();
        loginAs(username, Lang.THAI);
        assertNavigationLabels(expected, THAI_LABELS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "governor", "vicegovernor1", "head", "director.admin", "staff", "agency.health",
            "district.banpho", "secretary" })
    void aNonAdministratorCannotOpenTheAdministrationViewsByAddress(String username) {
        loginAs(username, Lang.THAI);
        for (String path : List.of("admin/org", "admin/processes", "admin/audit")) {
            log(username + " opens " + path);
            open(path);
            assertThat(page.locator("vaadin-tabsheet")).hasCount(0);
            assertThat(page.getByTestId("admin-units")).hasCount(0);
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                    new com.microsoft.playwright.Page.GetByRoleOptions().setName("จัดการโครงสร้างองค์กร"))).hasCount(0);
            // the refusal page has no application shell; nothing of either view may appear on it
            assertThat(page.locator("body")).not().containsText("จัดการโครงสร้างองค์กร");
            assertThat(page.locator("body")).not().containsText("แบบจำลองกระบวนงาน");
            assertThat(page.locator("body")).not().containsText("บันทึกการใช้งานระบบ");
        }
    }

    @Test
    void theAdministratorCanOpenTheAdministrationViewsByAddress() {
        loginAs("admin", Lang.THAI);
        open("admin/org");
        assertThat(page.getByTestId("admin-units")).isVisible();
        assertThat(page.locator("vaadin-app-layout h2")).hasText("จัดการโครงสร้างองค์กร");
        open("admin/processes");
        assertThat(page.locator("vaadin-app-layout")).containsText("แบบจำลองกระบวนงาน (BPMN)");
    }

    @Test
    void theGovernorsHomeListsTheirPosition() {
        loginAs("governor", Lang.THAI);
        assertThat(page.getByTestId("my-positions")).containsText("ผู้ว่าราชการจังหวัดฉะเชิงเทรา");
        assertThat(page.getByTestId("my-positions")).containsText("ผู้ดำรงตำแหน่ง");
        assertThat(page.getByTestId("my-positions")).containsText("คำสั่งกระทรวงมหาดไทย ที่ 845/2568");
    }

    @Test
    void anActingHolderSeesBothCapacitiesOnTheirHome() {
        loginAs("director.admin", Lang.THAI);
        assertThat(page.getByTestId("my-positions")).containsText("รักษาราชการแทน");
        assertThat(page.getByTestId("my-positions")).containsText("ผู้ดำรงตำแหน่ง");
    }

    private void assertNavigationLabels(List<String> entries, Map<String, String> labels) {
        for (String entry : entries) {
            assertThat(visibleText(page.getByTestId(entry))).as("label of " + entry).isEqualTo(labels.get(entry));
        }
    }

    private void assertBuddhistEraToday(String prefix) {
        int beYear = directory.today().getYear() + ThaiDates.BE_OFFSET;
        assertThat(beYear).isBetween(2500, 2599);
        assertThat(page.getByTestId("today")).hasText(java.util.regex.Pattern.compile(
                "^" + escape(prefix) + directory.today().getDayOfMonth() + " \\S+ " + beYear + "( BE)?$"));
    }
}
