package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import th.tidtam.base.time.ThaiDigits;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.PdfText;

/**
 * An outgoing letter goes up the chain for signature in the browser, each step by the person whose turn it is: the
 * correspondence officer drafts the letter and sends it up with a memo (บันทึกข้อความ), the director of the
 * administration group and the head of the provincial office annotate it (เกษียน) and present it upward, and vice
 * governor 1 signs it on the governor's behalf (ปฏิบัติราชการแทน: the delegation covers the memo's matter). The
 * letter then carries its number from the outgoing register, and its PDF says so. Every step leaves a screenshot
 * target/screenshots/memo-NN-step.png (Thai; the memo once in English).
 */
@IntegrationTest
class MemoChainBrowserTest extends BrowserTestSupport {

    /** A number from a group's book, e.g. ฉช 0017.1/0042 (the office's own book has no group digit). */
    static final Pattern LETTER_NUMBER = Pattern.compile("ฉช 0017(\\.\\d)?/\\d+");

    @Test
    void staffDraftsALetterTheChainAnnotatesItAndViceGovernorOneSignsItOnTheGovernorsBehalf() throws Exception {
        try {
            journey();
        } catch (Exception | AssertionError e) {
            // what the screen showed when a step failed, to tell a broken screen from a slow one
            screenshot("memo-99-failed");
            throw e;
        }
    }

    private void journey() throws Exception {
        String suffix = "MCB" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String subject = "ขอเชิญประชุมคณะทำงานจังหวัดสะอาด " + suffix;

        // 1. the correspondence officer drafts the letter in the administration group's book
        loginAs("staff", Lang.THAI);
        open("outgoing/new");
        page.getByTestId("outgoing-book").click();
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("ฉช 0017.1 ")).click();
        page.getByTestId("outgoing-owner-address").locator("textarea").fill("ศาลากลางจังหวัดฉะเชิงเทรา\nถนนหน้าเมือง ฉช 24000");
        page.getByTestId("outgoing-subject").locator("input").fill(subject);
        page.getByTestId("outgoing-salutation").locator("input").fill("นายอำเภอทุกอำเภอ");
        page.getByTestId("outgoing-body").locator("textarea").fill(
                "ด้วยจังหวัดฉะเชิงเทรากำหนดประชุมคณะทำงานขับเคลื่อนจังหวัดสะอาด ในวันพฤหัสบดีที่ ๑๗ ธันวาคม ๒๕๖๙"
                        + " เวลา ๐๙.๓๐ น. ณ ห้องประชุมมรุพงษ์ศิริพัฒน์ ศาลากลางจังหวัดฉะเชิงเทรา\n"
                        + "จึงเรียนมาเพื่อโปรดทราบและเข้าร่วมประชุมตามวันและเวลาดังกล่าว");
        page.getByTestId("outgoing-department").locator("input").fill("สำนักงานจังหวัด กลุ่มงานบริหารทั่วไป");
        page.getByTestId("outgoing-phone").locator("input").fill("0 3851 1000");
        page.getByTestId("outgoing-recipients").locator("textarea").fill("นายอำเภอทุกอำเภอ");
        // the screenshot shows the window, not the layout's scrolled content: the top of the form
        page.getByTestId("outgoing-book").scrollIntoViewIfNeeded();
        screenshot("memo-01-staff-drafts-letter-th");
        page.getByTestId("outgoing-save").click();
        page.waitForURL(Pattern.compile(".*/outgoing/\\d+$"));
        waitForVaadin();
        String letterPath = page.url().substring(page.url().indexOf("/outgoing/") + 1);
        assertThat(page.getByTestId("outgoing-subject")).hasText(subject);
        assertThat(page.getByTestId("outgoing-number")).hasText("ยังไม่ออกเลข");
        screenshot("memo-02-staff-letter-draft-th");

        // 2. … and sends it up for signature with a memo
        page.getByTestId("outgoing-present").click();
        page.waitForURL(Pattern.compile(".*/memos/new\\?.*"));
        waitForVaadin();
        page.getByTestId("memo-subject").locator("input").fill("ขอลงนามหนังสือเชิญประชุมคณะทำงานจังหวัดสะอาด " + suffix);
        page.getByTestId("memo-salutation").locator("input").fill("ผู้ว่าราชการจังหวัดฉะเชิงเทรา");
        page.getByTestId("memo-body").locator("textarea").fill("ด้วยจังหวัดกำหนดประชุมคณะทำงานขับเคลื่อนจังหวัดสะอาด"
                + " กลุ่มงานอำนวยการได้จัดทำร่างหนังสือเชิญนายอำเภอทุกอำเภอเข้าร่วมประชุมแล้ว\nจึงเรียนมาเพื่อโปรดพิจารณาลงนาม");
        // the purpose has no data-testid: the select is found by its label
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHas(page.locator("label",
                new Page.LocatorOptions().setHasText("เพื่อโปรด")))).click();
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("เพื่อโปรดลงนาม")).click();
        screenshot("memo-03-staff-drafts-memo-th");
        page.getByTestId("memo-save").click();
        page.waitForURL(Pattern.compile(".*/memos/\\d+$"));
        waitForVaadin();
        page.getByTestId("memo-submit").click();
        waitForVaadin();
        String memoPath = page.url().substring(page.url().indexOf("/memos/") + 1);
        assertThat(page.getByTestId("memo-status")).containsText("ผู้อำนวยการกลุ่มงานอำนวยการ");
        screenshot("memo-04-staff-sent-up-th");
        logout();

        // 3. the group director finds it in My work, annotates it and presents it to the head of office
        loginAs("director.admin", Lang.THAI);
        findInMyWork(suffix, "memo-05-director-my-work-th");
        open(memoPath);
        annotateAndPresent("ตรวจแล้ว เห็นควรลงนามในหนังสือเชิญประชุม");
        assertThat(page.getByTestId("memo-status")).containsText("หัวหน้าสำนักงานจังหวัดฉะเชิงเทรา");
        screenshot("memo-06-director-presented-th");
        logout();

        // 4. the head of the provincial office annotates and presents it to the vice governor
        loginAs("head", Lang.THAI);
        findInMyWork(suffix, null);
        open(memoPath);
        annotateAndPresent("เห็นควรลงนาม");
        assertThat(page.getByTestId("memo-status")).containsText("รองผู้ว่าราชการจังหวัดฉะเชิงเทรา (1)");
        screenshot("memo-07-head-presented-th");
        logout();

        // 5. vice governor 1 signs on the governor's behalf: the delegation covers general matters
        loginAs("vicegovernor1", Lang.THAI);
        findInMyWork(suffix, null);
        open(memoPath);
        screenshot("memo-08-vice-governor-decides-th");
        page.getByTestId("memo-note").locator("textarea").fill("ลงนามแล้ว");
        page.getByTestId("memo-decision").click();
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("ลงนาม")).first().click();
        page.getByTestId("memo-decide").click();
        waitForVaadin();
        assertThat(page.getByTestId("memo-status")).containsText("สั่งการแล้ว");
        assertThat(page.getByTestId("memo-annotation").last()).containsText("ปฏิบัติราชการแทน");
        screenshot("memo-09-vice-governor-signed-th");

        // the memo, once in English
        switchLanguage();
        try {
            open(memoPath);
            assertThat(page.getByTestId("memo-status")).isVisible();
            screenshot("memo-10-memo-en");
            page.getByTestId("memo-annotation").last().scrollIntoViewIfNeeded();
            screenshot("memo-11-memo-decided-en");
        } finally {
            switchLanguage();
        }

        // 6. the letter carries its number from the register, and its PDF says so and who signed for whom
        open(letterPath);
        String number = numberIn(visibleText(page.getByTestId("outgoing-number")));
        assertThat(page.getByTestId("outgoing-status")).hasText("ลงนามแล้ว");
        assertThat(page.getByTestId("outgoing-signer")).containsText("ปฏิบัติราชการแทน");
        screenshot("memo-12-letter-numbered-th");
        Download download = page.waitForDownload(() -> page.getByTestId("outgoing-pdf").click());
        byte[] pdf = Files.readAllBytes(download.path());
        PdfText.keep(pdf, "memo-13-letter-pdf", 1);
        // the letter is set in Thai digits, as official letters are: compared in Arabic ones
        String text = ThaiDigits.toArabic(PdfText.text(pdf));
        org.assertj.core.api.Assertions.assertThat(text).contains(number);
        org.assertj.core.api.Assertions.assertThat(PdfText.skeleton(text)).contains(PdfText.skeleton("ปฏิบัติราชการแทน"));
    }

    /** The memo's task is in My work: found through the search box. */
    private void findInMyWork(String suffix, String screenshotName) {
        open("work");
        assertThat(page.getByTestId("my-work")).isVisible();
        searchMyWork(suffix);
        assertThat(page.getByTestId("my-work").locator("vaadin-grid-cell-content:visible").filter(
                new Locator.FilterOptions().setHasText(suffix))).not().hasCount(0);
        if (screenshotName != null) {
            screenshot(screenshotName);
        }
    }

    /** Writes the level's annotation (เกษียน) and presents the memo upward for signature. */
    private void annotateAndPresent(String note) {
        page.getByTestId("memo-note").locator("textarea").fill(note);
        page.getByTestId("memo-present").click();
        waitForVaadin();
        assertThat(page.getByTestId("memo-annotation").last()).containsText(note);
    }

    private static String numberIn(String text) {
        Matcher m = LETTER_NUMBER.matcher(text);
        org.assertj.core.api.Assertions.assertThat(m.find()).as("a register number in «%s»", text).isTrue();
        return m.group();
    }
}
