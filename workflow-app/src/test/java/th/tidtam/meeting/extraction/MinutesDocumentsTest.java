package th.tidtam.meeting.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import th.tidtam.base.RuleViolation;

/** Uploaded minutes: what is read, and what is refused with which message key. */
class MinutesDocumentsTest {

    private static final String MINUTES = ExtractionScore.read("minutes-corpus/tuning/minutes-example-1-2569.txt");

    @Test
    void readsPlainUtf8TextWithOrWithoutAByteOrderMark() {
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        byte[] body = "ระเบียบวาระที่ ๑".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);
        assertThat(MinutesDocuments.text("minutes.txt", withBom)).isEqualTo("ระเบียบวาระที่ ๑");
    }

    @Test
    void readsARealDocxWrittenByWord() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String line : MINUTES.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }
        String text = MinutesDocuments.text("รายงานการประชุม.DOCX", out.toByteArray());
        ExtractedMinutes minutes = new MinutesExtractor().extract(text, DemoLexicon.get(), null);
        assertThat(minutes.directives()).hasSize(9);
    }

    @Test
    void readsATextPdfSetInSarabun() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument(); InputStream font = getClass().getResourceAsStream("/fonts/Sarabun-Regular.ttf")) {
            PDType0Font sarabun = PDType0Font.load(doc, font);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(sarabun, 14);
                content.setLeading(20);
                content.newLineAtOffset(50, 780);
                for (String line : new String[] { "ระเบียบวาระที่ ๔ เรื่องเพื่อทราบ", "๔.๑ สถานการณ์น้ำ", "ข้อสั่งการ",
                        "ให้ ปภ.ฉช. รายงานสถานการณ์น้ำทุกสัปดาห์" }) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            doc.save(out);
        }
        String text = MinutesDocuments.text("minutes.pdf", out.toByteArray());
        ExtractedMinutes minutes = new MinutesExtractor().extract(text, DemoLexicon.get(), LocalDate.of(2026, 1, 28));
        assertThat(minutes.directives()).singleElement().satisfies(d -> {
            assertThat(d.agendaItem()).isEqualTo("4.1");
            assertThat(d.units()).extracting(UnitMatch::nameTh)
                    .containsExactly("สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดฉะเชิงเทรา");
        });
    }

    @Test
    void refusesAScannedPdfWithoutATextLayerSayingSo() throws IOException {
        BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(out);
        }
        assertRefused("scan.pdf", out.toByteArray(), MinutesDocuments.SCANNED_PDF);
    }

    @Test
    void refusesAPngNamedDocx() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png", png);
        assertRefused("minutes.docx", png.toByteArray(), MinutesDocuments.NOT_DOCX);
    }

    @Test
    void refusesAZipThatIsNoWordDocumentAndAnythingPretendingToBeAPdf() {
        byte[] zip = { 'P', 'K', 3, 4, 0, 0, 0, 0 };
        assertRefused("minutes.docx", zip, MinutesDocuments.NOT_DOCX);
        assertRefused("minutes.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8), MinutesDocuments.NOT_PDF);
    }

    @Test
    void refusesBinaryAsTextUnknownTypesEmptyAndOversizedFiles() {
        assertRefused("minutes.txt", new byte[] { (byte) 0xFF, (byte) 0xFE, 0, 0 }, MinutesDocuments.NOT_TEXT);
        assertRefused("minutes.doc", new byte[] { 1, 2, 3 }, MinutesDocuments.UNKNOWN_TYPE);
        assertRefused("minutes.txt", new byte[0], MinutesDocuments.EMPTY);
        assertRefused("minutes.txt", new byte[MinutesDocuments.MAX_BYTES + 1], MinutesDocuments.TOO_LARGE);
    }

    @Test
    void refusesAMegabyteOfTextQuicklyWithAClearMessage() {
        String megabyte = "ให้ สสจ. ดำเนินการ ".repeat(60_000);
        long start = System.nanoTime();
        assertRefused("minutes.txt", megabyte.getBytes(StandardCharsets.UTF_8), MinutesDocuments.TOO_LONG);
        assertThatThrownBy(() -> new MinutesExtractor().extract(megabyte, DemoLexicon.get(), null))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo(MinutesDocuments.TOO_LONG));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }

    @Test
    void extractsTheLongestAllowedTextInReasonableTime() {
        StringBuilder text = new StringBuilder();
        while (text.length() + MINUTES.length() < MinutesDocuments.MAX_CHARS) {
            text.append(MINUTES).append('\n');
        }
        long start = System.nanoTime();
        ExtractedMinutes minutes = new MinutesExtractor().extract(text.toString(), DemoLexicon.get(), null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(minutes.directives()).hasSizeGreaterThan(9);
        assertThat(millis).isLessThan(10_000);
    }

    @Test
    void refusesEmptyText() {
        assertThatThrownBy(() -> new MinutesExtractor().extract("  \n ", DemoLexicon.get(), null))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo(MinutesDocuments.EMPTY));
    }

    @Test
    void hostileTextIsReadAsTextEmojiControlCharactersAndMarkupIncluded() {
        String hostile = "ระเบียบวาระที่ ๔ เรื่องเพื่อทราบ\n๔.๑ ทดสอบ <script>alert(1)</script>\nข้อสั่งการ\n"
                + "๑) ให้ สสจ.\u0000\u0007 ตรวจสอบ 🚑🧑‍⚕️ <img src=x onerror=alert(1)> ทุกสัปดาห์\u202E\n";
        ExtractedMinutes minutes = new MinutesExtractor().extract(hostile, DemoLexicon.get(), LocalDate.of(2026, 1, 28));
        assertThat(minutes.directives()).singleElement().satisfies(d -> {
            assertThat(d.units()).extracting(UnitMatch::nameTh).containsExactly("สำนักงานสาธารณสุขจังหวัดฉะเชิงเทรา");
            assertThat(d.text()).doesNotContain("\u0000").contains("🚑");
            assertThat(d.cadence()).isEqualTo(th.tidtam.directive.Cadence.WEEKLY);
        });
    }

    @Test
    void textWithoutAgendaStillYieldsDirectivesAndSaysTheAgendaIsMissing() {
        ExtractedMinutes minutes = new MinutesExtractor().extract("ข้อสั่งการ\n1. ให้ ทสจ. ตรวจสอบบ่อขยะ ภายใน 7 วัน",
                DemoLexicon.get(), LocalDate.of(2026, 1, 28));
        assertThat(minutes.directives()).hasSize(1);
        assertThat(minutes.directives().get(0).dueDate()).isEqualTo(LocalDate.of(2026, 2, 4));
        assertThat(minutes.warnings()).extracting(ExtractionWarnings::key).contains(ExtractionWarnings.NO_AGENDA);
    }

    @Test
    void aDayThatDoesNotExistBecomesAWarningNamingTheItem() {
        ExtractedMinutes minutes = new MinutesExtractor().extract(
                ExtractionScore.read("minutes-corpus/holdout/h4-disbursement-2-2569.txt"), DemoLexicon.get(), null);
        assertThat(minutes.directives().get(0).dueDate()).isNull();
        assertThat(minutes.warnings()).contains("minutes.extraction.warning.no-such-date|1.1|31 กุมภาพันธ์ 2569");
    }

    private static void assertRefused(String name, byte[] content, String key) {
        assertThatThrownBy(() -> MinutesDocuments.text(name, content)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo(key));
    }
}
