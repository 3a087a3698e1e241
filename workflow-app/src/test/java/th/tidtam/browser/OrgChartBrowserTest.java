package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

import th.tidtam.org.AssignmentKind;
import th.tidtam.org.service.Actor;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.support.IntegrationTest;

/** The governor browses the chain of command down to a district whose chief post is vacant and filled by an acting holder. */
@IntegrationTest
class OrgChartBrowserTest extends BrowserTestSupport {

    @Autowired
    OrgDirectory directory;

    @Test
    void theGovernorFollowsTheChainFromAVacantDistrictChiefUpToThemselves() {
        PositionSummary chief = directory.positionByCode("DIST-11-CHIEF").orElseThrow();
        Actor acting = directory.actorsFor(chief.id()).stream().filter(a -> a.kind() == AssignmentKind.ACTING).findFirst()
                .orElseThrow();
        String governorName = directory.person("governor").orElseThrow().fullName(true);

        loginAs("governor", Lang.THAI);
        page.getByTestId("nav-org").click();
        waitForVaadin();
        assertThat(page.getByTestId("unit-tree")).isVisible();

        treeToggle("อำเภอ").click();
        waitForVaadin();
        treeToggle("อำเภอคลองเขื่อน").click();
        waitForVaadin();
        assertThat(page.locator("vaadin-app-layout h3").first()).hasText("อำเภอคลองเขื่อน");

        Locator positions = page.getByTestId("unit-positions");
        assertThat(positions).containsText("ปลัดอำเภอ (หัวหน้ากลุ่มงานบริหารงานปกครอง) อำเภอคลองเขื่อน");
        cell(positions, "นายอำเภอคลองเขื่อน").click();
        waitForVaadin();

        // the chief post is vacant: its acting holder is shown with the order that appointed them
        assertThat(page.getByText("รักษาราชการแทน: " + acting.name(true)))
                .containsText("คำสั่งจังหวัดฉะเชิงเทรา ที่ 3106/2569");
        Locator chain = page.getByTestId("chain-above").locator("li");
        assertThat(chain).hasCount(1);
        assertThat(chain.last()).hasText("ผู้ว่าราชการจังหวัดฉะเชิงเทรา — " + governorName);
        screenshot("org-chart-khlong-khuean-chief");

        // one level lower: the deputy's chain passes through the chief post, held by its acting holder
        cell(positions, "ปลัดอำเภอ (หัวหน้ากลุ่มงานบริหารงานปกครอง) อำเภอคลองเขื่อน").click();
        waitForVaadin();
        assertThat(chain).hasCount(2);
        assertThat(chain.first()).hasText("นายอำเภอคลองเขื่อน — " + acting.name(true) + " (รักษาราชการแทน)");
        assertThat(chain.last()).hasText("ผู้ว่าราชการจังหวัดฉะเชิงเทรา — " + governorName);
        screenshot("org-chart-khlong-khuean-deputy");
    }

    @Test
    void aHeldDistrictChiefReportsStraightToTheGovernor() {
        String chiefName = directory.person("district.banpho").orElseThrow().fullName(true);

        loginAs("governor", Lang.THAI);
        open("org");
        treeToggle("อำเภอ").click();
        waitForVaadin();
        treeToggle("อำเภอบ้านโพธิ์").click();
        waitForVaadin();
        Locator positions = page.getByTestId("unit-positions");
        assertThat(positions).containsText(chiefName);
        cell(positions, "นายอำเภอบ้านโพธิ์").click();
        waitForVaadin();
        Locator chain = page.getByTestId("chain-above").locator("li");
        assertThat(chain).hasCount(1);
        assertThat(chain.last()).hasText(Pattern.compile("^ผู้ว่าราชการจังหวัดฉะเชิงเทรา — "));
        screenshot("org-chart-ban-pho-chief");
    }

    private Locator treeToggle(String text) {
        return page.getByTestId("unit-tree").locator("vaadin-grid-tree-toggle")
                .filter(new Locator.FilterOptions().setHasText(exactly(text)));
    }

    private static Locator cell(Locator grid, String text) {
        return grid.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(exactly(text)));
    }
}
