package th.tidtam.casework.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** The rules for names, types and defaults on their own, without a database. */
class AttachmentRulesTest {

    @Test
    void withNothingConfiguredTheLimitIs20MegabytesAndTheUsualOfficeTypesAreAccepted() {
        AttachmentProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("tidtam.attachments", AttachmentProperties.class);

        assertThat(defaults.maxSize()).isEqualTo(DataSize.ofMegabytes(20));
        assertThat(defaults.allowedTypes()).containsExactly("pdf", "jpg", "jpeg", "png", "doc", "docx", "xls", "xlsx",
                "odt", "ods", "txt");
        assertThat(defaults.dir().normalize()).isEqualTo(java.nio.file.Path.of("data/attachments"));
    }

    @Test
    void configuredTypesAreReadWithOrWithoutDotsInAnyCase() {
        AttachmentProperties configured = new Binder(new MapConfigurationPropertySource(Map.of(
                "tidtam.attachments.allowed-types", ".PDF, Png ,txt", "tidtam.attachments.max-size", "5MB")))
                .bindOrCreate("tidtam.attachments", AttachmentProperties.class);

        assertThat(configured.allowedTypes()).containsExactly("pdf", "png", "txt");
        assertThat(configured.maxSize()).isEqualTo(DataSize.ofMegabytes(5));
    }

    @Test
    void namesLoseTheirPathsControlAndDirectionCharactersButKeepThaiAndEmoji() {
        assertThat(AttachmentNames.sanitise("../../etc/passwd.txt")).isEqualTo("passwd.txt");
        assertThat(AttachmentNames.sanitise("C:\\fakepath\\รายงาน.pdf")).isEqualTo("รายงาน.pdf");
        assertThat(AttachmentNames.sanitise("ราย\u0000งาน\n\t.pdf")).isEqualTo("รายงาน.pdf");
        assertThat(AttachmentNames.sanitise("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(AttachmentNames.sanitise("สรุปผล 👨‍👩‍👧 ครั้งที่ ๑.docx")).isEqualTo("สรุปผล 👨‍👩‍👧 ครั้งที่ ๑.docx");
        assertThat(AttachmentNames.sanitise("..")).isEmpty();
        assertThat(AttachmentNames.sanitise(".htaccess.txt")).isEqualTo("htaccess.txt");
        assertThat(AttachmentNames.sanitise(null)).isEmpty();
    }

    @Test
    void aVeryLongNameIsCutTo255CharactersKeepingItsExtensionAndWholeEmoji() {
        String name = AttachmentNames.sanitise("ก".repeat(250) + "😀😀😀😀😀😀.pdf");

        assertThat(name.codePointCount(0, name.length())).isEqualTo(255);
        assertThat(name).endsWith(".pdf");
        assertThat(name.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF)).isTrue();
    }

    @Test
    void theFirstBytesMustAgreeWithTheExtension() {
        byte[] pdf = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
        byte[] zip = { 'P', 'K', 3, 4, 20, 0 };
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 };

        assertThat(AttachmentTypes.contentMatches("pdf", pdf)).isTrue();
        assertThat(AttachmentTypes.contentMatches("pdf", zip)).isFalse();
        assertThat(AttachmentTypes.contentMatches("docx", zip)).isTrue();
        assertThat(AttachmentTypes.contentMatches("png", png)).isTrue();
        assertThat(AttachmentTypes.contentMatches("jpg", png)).isFalse();
        assertThat(AttachmentTypes.contentMatches("txt", "สวัสดี".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(AttachmentTypes.contentMatches("txt", pdf)).as("a PDF renamed to .txt").isFalse();
        assertThat(AttachmentTypes.contentMatches("txt", new byte[] { 'a', 0, 'b' })).isFalse();
        assertThat(AttachmentTypes.contentType("docx")).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void sizesReadAsPeopleSayThem() {
        assertThat(CaseAttachments.humanSize(20L * 1024 * 1024)).isEqualTo("20 MB");
        assertThat(CaseAttachments.humanSize(1536L * 1024)).isEqualTo("1.5 MB");
        assertThat(CaseAttachments.humanSize(2048)).isEqualTo("2 KB");
        assertThat(CaseAttachments.humanSize(12)).isEqualTo("12 B");
    }
}
