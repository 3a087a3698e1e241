package th.tidtam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/**
 * The attachments section of the directive page in the browser: the health office attaches its evidence, reads
 * the name exactly as typed (markup and emoji included, as text), downloads it back, and is told why a file that
 * only pretends to be a PDF is refused. Screenshots: target/screenshots/attachments-*.png.
 */
@IntegrationTest
class AttachmentsBrowserTest extends BrowserTestSupport {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    OrgDirectory org;

    private long issueToHealth() {
        Map<String, Object> body = new HashMap<>();
        body.put("subject", "ส่งภาพถ่ายการลงพื้นที่ " + System.nanoTime());
        body.put("text", "ให้แนบหลักฐานการดำเนินการ");
        body.put("urgency", "NORMAL");
        body.put("leadUnitId", org.positionByCode("AG-12-HEAD").orElseThrow().unitId());
        body.put("supportingUnitIds", List.of());
        body.put("dueInWorkingDays", 5);
        return new ApiClient(port).post("/api/directives", "governor", body).body().get("id").asLong();
    }

    private Locator fileInput() {
        return page.locator("vaadin-upload[data-testid='attachment-upload'] input[type='file']");
    }

    @Test
    void theHealthOfficeAttachesEvidenceSeesItsNameAsTextDownloadsItAndIsToldWhyAFakePdfIsRefused() throws IOException {
        long id = issueToHealth();
        String name = "<b>สรุปผลการลงพื้นที่ 😷.pdf";

        loginAs("agency.health", Lang.THAI);
        open("directives/" + id);
        assertThat(page.getByText("ไฟล์แนบ", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByTestId("attachment-none")).isVisible();

        fileInput().setInputFiles(new FilePayload(name, "application/pdf", PDF));
        Locator link = page.getByTestId("attachment-link");
        assertThat(link).hasText(name);
        assertThat(page.getByTestId("attachment-list").locator("b")).hasCount(0);
        assertThat(page.getByTestId("attachment-list")).containsText("หัวหน้าสำนักงานสาธารณสุขจังหวัด");
        screenshot("attachments-01-added");

        Download download = page.waitForDownload(link::click);
        assertThat(Files.readAllBytes(download.path())).isEqualTo(PDF);
        assertThat(download.suggestedFilename()).contains("สรุปผลการลงพื้นที่");

        fileInput().setInputFiles(new FilePayload("ปลอม.pdf", "application/pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)));
        // the notification's text is drawn in its card, outside the element that carries the test id
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("ชนิดไฟล์ไม่ตรงกับเนื้อหา"))).isVisible();
        screenshot("attachments-02-refused");
        waitForVaadin();
        assertThat(page.getByTestId("attachment-link")).hasCount(1);
    }
}
