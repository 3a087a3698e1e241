package th.tidtam.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import th.tidtam.base.RuleViolation;
import th.tidtam.directive.domain.Directive;
import th.tidtam.casework.attachment.AttachmentProperties;
import th.tidtam.casework.attachment.CaseAttachments;
import th.tidtam.casework.attachment.CaseAttachments.NewFile;
import th.tidtam.directive.service.DirectiveAttachments;
import th.tidtam.directive.service.DirectiveCase;
import th.tidtam.directive.service.IssueDirective;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.IntegrationTest;

/** The issue form attaches its files in the same transaction as the directive: all of it happens, or none. */
@IntegrationTest
class IssuingWithAttachmentsTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    DirectiveAttachments attachments;

    @Autowired
    CaseAttachments files;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AttachmentProperties properties;

    @BeforeEach
    void logInAsGovernor() {
        UserDetails governor = users.loadUserByUsername("governor");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(governor, null, governor.getAuthorities()));
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private IssueDirective command(String subject) {
        return new IssueDirective(subject, "ให้ดำเนินการตามเอกสารแนบ", "NORMAL", "NONE",
                org.positionByCode("AG-12-HEAD").orElseThrow().unitId(), List.of(), false, null, 5, null, null, null,
                null, null, null, null);
    }

    private List<Path> filesOnDisk() throws IOException {
        if (!Files.isDirectory(properties.dir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(properties.dir())) {
            return files.toList();
        }
    }

    @Test
    void theGovernorsDocumentsAreOnTheDirectiveTheMomentItIsIssued() throws IOException {
        Directive d = attachments.issueWith(command("ข้อสั่งการพร้อมเอกสารแนบ"),
                List.of(new NewFile("หนังสือสั่งการ.pdf", "application/pdf", PDF),
                        new NewFile("รายชื่อหน่วยงาน.txt", "text/plain", "สาธารณสุข".getBytes(StandardCharsets.UTF_8))));

        List<CaseAttachments.Item> attached = files.list(DirectiveCase.of(d.getId()));
        assertThat(attached).extracting(CaseAttachments.Item::fileName).containsExactly("หนังสือสั่งการ.pdf", "รายชื่อหน่วยงาน.txt");
        assertThat(attached.get(0).positionTitleTh()).contains("ผู้ว่าราชการจังหวัด");
        try (InputStream in = files.open(attached.get(0).id()).open()) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
    }

    @Test
    void aRefusedFileLeavesNeitherTheDirectiveNorTheFilesBeforeIt() throws IOException {
        String subject = "ข้อสั่งการที่ไฟล์แนบไม่ผ่าน " + System.nanoTime();
        List<Path> before = filesOnDisk();

        assertThatThrownBy(() -> attachments.issueWith(command(subject),
                List.of(new NewFile("ฉบับจริง.pdf", "application/pdf", PDF),
                        new NewFile("ปลอม.pdf", "application/pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("attachment.error.content-mismatch"));

        assertThat(jdbc.queryForObject("select count(*) from directive where subject = ?", Integer.class, subject)).isZero();
        // the first file had already been moved into place; the rollback took it away again
        assertThat(filesOnDisk()).containsExactlyInAnyOrderElementsOf(before);
    }
}
