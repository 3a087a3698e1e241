package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tidtam.demo.SecondProvinceDemoData;
import th.tidtam.support.IntegrationTest;

/**
 * Issue 18: the screens of one province do not show another's records. Prachin Buri's governor opens the addresses of
 * Chachoengsao's records, one of each kind the demo has, and gets the page that says "not found" (the same page as
 * for an id that does not exist), and Chachoengsao's directives are not in Prachin Buri's list. Screenshot:
 * target/screenshots/provinces-01-not-found-th.png.
 */
@IntegrationTest
class ProvincesBrowserTest extends BrowserTestSupport {

    @Autowired
    SecondProvinceDemoData secondProvince;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aUserOfOneProvinceFindsNoneOfAnotherProvincesRecordsOnTheScreens() {
        long chachoengsao = jdbc.queryForObject("select id from province where code = 'TH-24'", Long.class);
        secondProvince.ensureLoaded(LocalDate.now(clock));
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("directives", "directive");
        routes.put("memos", "memo");
        routes.put("letters", "letter_in");
        routes.put("outgoing", "outgoing_letter");
        routes.put("orders", "provincial_order");
        routes.put("meetings", "meeting");
        routes.put("coordination", "coordination_request");
        routes.put("matters", "matter");

        loginAs(SecondProvinceDemoData.GOVERNOR, Lang.THAI);
        boolean first = true;
        for (Map.Entry<String, String> route : routes.entrySet()) {
            Long id = jdbc.query("select min(id) from " + route.getValue() + " where province_id = ?",
                    rs -> rs.next() ? (Long) rs.getObject(1, Long.class) : null, chachoengsao);
            assertThat(id).as("the demo has a %s in Chachoengsao", route.getValue()).isNotNull();
            open(route.getKey() + "/" + id);
            assertThat(page.getByTestId("not-found")).isVisible();
            if (first) {
                screenshot("provinces-01-not-found-th");
                first = false;
            }
        }

        String subject = jdbc.queryForObject("select subject from directive where province_id = ? order by id limit 1",
                String.class, chachoengsao);
        open("directives");
        assertThat(page.getByText(subject)).hasCount(0);
        screenshot("provinces-02-directives-of-prachinburi-th");
    }

    /** The Ministry's desk: its home is the national roll-up, both provinces side by side; a province screen is not found. */
    @Test
    void theMinistrysDeskSeesEveryProvinceSideBySideAndNoProvincesScreen() {
        // with the demo's three directives of Prachin Buri, so that its agencies have figures
        secondProvince.ensureLoadedWithDirectives(LocalDate.now(clock));
        loginAs(SecondProvinceDemoData.MINISTRY_CLEARED, Lang.THAI);
        open("");
        assertThat(page.getByTestId("rollup-provinces")).containsText("ฉะเชิงเทรา");
        assertThat(page.getByTestId("rollup-provinces")).containsText("ปราจีนบุรี");
        screenshot("provinces-03-rollup-th");
        switchLanguage();
        assertThat(page.getByTestId("rollup-provinces")).containsText("Prachin Buri");
        screenshot("provinces-04-rollup-en");
        // down into one province, read-only: its agencies, its overdue parts by lateness, its trend
        page.locator("[data-testid='rollup-provinces'] a", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Prachin Buri")).click();
        assertThat(page.getByTestId("rollup-agencies")).containsText("Prachin Buri");
        assertThat(page.getByTestId("rollup-province-aging")).containsText("working days");
        screenshot("provinces-07-rollup-province-en");
        open("directives");
        assertThat(page.getByTestId("not-found")).isVisible();
    }

    /**
     * A province's administrator signs in with a second factor like the installation's, and the organisation screen
     * holds their province's units alone, with no way to add a province. Screenshot provinces-05-province-admin-org-th.
     */
    @Test
    void aProvincesAdministratorManagesTheirProvinceAlone() {
        long b = secondProvince.ensureLoaded(LocalDate.now(clock)).id();
        loginAs(SecondProvinceDemoData.ADMINISTRATOR, Lang.THAI);
        open("admin/org");
        com.microsoft.playwright.Locator units = page.getByTestId("admin-units");
        assertThat(units).containsText("PRI-");
        Integer rows = jdbc.queryForObject("select count(*) from org_unit where province_id = ?", Integer.class, b);
        assertThat(((Number) units.evaluate("grid => grid.size")).intValue()).as("Prachin Buri's units, no other")
                .isEqualTo(rows);
        assertThat(page.getByTestId("province-new")).hasCount(0);
        screenshot("provinces-05-province-admin-org-th");
    }

    /**
     * The installation's administrator adds provinces; a code that is not an ISO province code is refused with a
     * message and nothing is made. Screenshot provinces-06-new-province-refused-th.
     */
    @Test
    void theInstallationsAdministratorIsToldWhyABadProvinceIsRefused() {
        Integer before = jdbc.queryForObject("select count(*) from province", Integer.class);
        loginAs("admin", Lang.THAI);
        open("admin/org");
        page.getByTestId("province-new").click();
        page.locator("[data-testid='province-code'] input").fill("<b>TH-99</b>");
        page.locator("[data-testid='province-name-th'] input").fill("จังหวัดทดสอบ 🏯");
        page.locator("[data-testid='province-name-en'] input").fill("Test province");
        page.locator("[data-testid='province-root-code'] input").fill("TEST-ROOT");
        page.getByTestId("dialog-save").click();
        assertThat(page.locator("vaadin-notification-card").first()).isVisible();
        screenshot("provinces-06-new-province-refused-th");
        assertThat(jdbc.queryForObject("select count(*) from province", Integer.class)).as("nothing made").isEqualTo(before);
    }
}
