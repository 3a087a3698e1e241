package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

import th.tidtam.base.time.ThaiDigits;
import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;

/**
 * The busy office's screens: a unit head acknowledges three directives' parts at once from My work and reads the
 * summary; the directives list finds a directive by its number typed in Thai digits, and keeps the search in the
 * address so that the list can be bookmarked.
 */
@IntegrationTest
class BulkWorkAndDirectiveSearchBrowserTest extends BrowserTestSupport {

    @Autowired
    DirectiveFixtures directives;

    @Autowired
    ApiClient api;

    @Test
    void aUnitHeadTicksThreePartsInMyWorkAndAcknowledgesThemAtOnce() {
        String suffix = "BLK" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        List<Long> ids = IntStream.rangeClosed(1, 3).mapToObj(i -> directives.issueScreened(
                directives.draft("รณรงค์ป้องกันโรคพิษสุนัขบ้า " + suffix + " จุดที่ " + i, "AG-12-HEAD"))).toList();

        loginAs("agency.health", Lang.THAI);
        open("work");
        Locator grid = page.getByTestId("my-work");
        searchMyWork(suffix);
        assertThat(grid.locator("vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile(suffix + " จุดที่")))).hasCount(3);
        // three rows and no more: the search has narrowed the grid to these directives' tasks
        Locator ticks = grid.locator("vaadin-grid-cell-content vaadin-checkbox:visible");
        assertThat(ticks).hasCount(3);
        Locator acknowledgements = grid.locator("vaadin-grid-cell-content:visible")
                .filter(new Locator.FilterOptions().setHasText(exactly("รับทราบข้อสั่งการ")));
        assertThat(acknowledgements).hasCount(3);
        for (int i = 0; i < 3; i++) {
            ticks.nth(i).click();
            waitForVaadin();
        }
        assertThat(page.getByTestId("bulk-bar")).containsText("เลือกไว้ 3 งาน");
        page.getByTestId("bulk-acknowledge").click();
        page.getByTestId("bulk-go").click();
        waitForVaadin();
        assertThat(page.getByTestId("bulk-summary-counts")).hasText("ดำเนินการแล้ว 3 งาน ดำเนินการไม่ได้ 0 งาน");
        page.getByTestId("bulk-close").click();
        waitForVaadin();
        // the acknowledgements are gone; each part's next step (its report) has taken their place
        assertThat(acknowledgements).hasCount(0);
        assertThat(page.getByTestId("bulk-bar")).isHidden();
        ids.forEach(id -> org.assertj.core.api.Assertions.assertThat(
                directives.detail(id).get("parts").get(0).get("status").asText()).isEqualTo("ACKNOWLEDGED"));
    }

    @Test
    void theDirectivesListFindsADirectiveByItsNumberTypedInThaiDigitsAndKeepsTheSearchInTheAddress() {
        String subject = "ค้นหาด้วยเลขไทย " + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        long id = directives.issue(directives.draft(subject, "AG-12-HEAD"));
        String thaiNumber = ThaiDigits.toThai(directives.detail(id).get("number").asText());

        loginAs("governor", Lang.THAI);
        open("directives");
        page.getByTestId("directives-search").locator("input").fill(thaiNumber);
        waitForVaadin();
        Locator grid = page.getByTestId("directives");
        assertThat(grid.locator("vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(exactly(subject))))
                .hasCount(1);
        page.waitForURL(Pattern.compile(".*/directives\\?q=.+"));

        // the address is the bookmark: opened again, it shows the same search
        open(page.url().substring(page.url().indexOf("directives?")));
        assertThat(page.getByTestId("directives-search").locator("input")).hasValue(thaiNumber);
        assertThat(grid.locator("vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(exactly(subject))))
                .hasCount(1);
        grid.locator("vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(exactly(subject))).click();
        page.waitForURL(Pattern.compile(".*/directives/" + id + "$"));
    }
}
