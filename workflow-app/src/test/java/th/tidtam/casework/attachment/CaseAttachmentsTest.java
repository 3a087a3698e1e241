package th.tidtam.casework.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.casework.CaseAccess;
import th.tidtam.casework.CaseRef;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.PositionRole;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.security.CurrentUser;
import th.tidtam.security.TidtamUser;

/**
 * The core on its own, without Spring or a database, with a case type that is not the directive (a letter): the
 * core asks that type's policy, stamps the uploader's position, and leaves nothing behind on any refusal.
 */
class CaseAttachmentsTest {

    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final CaseRef LETTER = CaseRef.of("LETTER", 5);
    private static final CurrentPosition CLERK = new CurrentPosition(10L, "CLERK", "เจ้าหน้าที่สารบรรณ", "Records clerk", 1L,
            "สำนักงานจังหวัด", "Provincial office", PositionRole.SECRETARIAT, false, SecrecyClass.NONE,
            AssignmentKind.ACTING, null, null, null);

    @TempDir
    Path dir;

    private final CaseAttachmentRepository rows = mock(CaseAttachmentRepository.class);
    private final CaseAccess access = mock(CaseAccess.class);
    private final OrgDirectory org = mock(OrgDirectory.class);
    private final List<CaseAttachments.Item> attached = new ArrayList<>();
    private CaseAttachments attachments;

    /** Letters: only their registry clerk attaches, and not to a part. */
    private final AttachmentPolicy letters = new AttachmentPolicy() {
        @Override
        public String caseType() {
            return "LETTER";
        }

        @Override
        public CurrentPosition attacher(List<CurrentPosition> mine, long caseId, Long partId, Long reportId) {
            if (partId != null) {
                throw new RuleViolation("attachment.error.part-not-on-directive");
            }
            return mine.stream().filter(p -> p.positionId().equals(10L)).findFirst()
                    .orElseThrow(() -> new RuleViolation("attachment.error.no-position"));
        }

        @Override
        public boolean mayAttach(List<CurrentPosition> mine, long caseId, Long partId) {
            return partId == null && mine.stream().anyMatch(p -> p.positionId().equals(10L));
        }

        @Override
        public void attached(CaseAttachments.Item item) {
            attached.add(item);
        }
    };

    @BeforeEach
    void setUp() {
        AttachmentProperties properties = new AttachmentProperties(dir, DataSize.ofKilobytes(1), List.of("pdf", "txt"));
        attachments = new CaseAttachments(rows, new StaticListableBeanFactory(Map.of("letters", letters))
                .getBeanProvider(AttachmentPolicy.class), access, new AttachmentStorage(properties), properties, org,
                new CurrentUser(), Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC));
        TidtamUser clerk = new TidtamUser(7L, "clerk", "", "สมศรี ใจดี", "Somsri Jaidee", "th", true, List.of());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(clerk, null, List.of()));
        when(org.positionsFilled(7L)).thenReturn(List.of(CLERK));
        when(access.canSee(anyList(), eq(LETTER))).thenReturn(true);
        when(rows.save(any())).thenAnswer(call -> call.getArgument(0));
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }

    @Test
    void aLettersFileIsStampedWithThePositionItsPolicyChoseAndHandedBackToThePolicy() throws IOException {
        CaseAttachments.Item item = attachments.add(LETTER, null, null, "C:\\scan\\หนังสือเข้า.pdf", "text/html", PDF);

        assertThat(item.owner()).isEqualTo(LETTER);
        assertThat(item.fileName()).isEqualTo("หนังสือเข้า.pdf");
        assertThat(item.contentType()).as("from the extension, not the browser").isEqualTo("application/pdf");
        assertThat(item.uploaderPersonId()).isEqualTo(7L);
        assertThat(item.positionId()).isEqualTo(10L);
        assertThat(item.capacity()).isEqualTo(AssignmentKind.ACTING);
        assertThat(item.positionTitleTh()).isEqualTo("เจ้าหน้าที่สารบรรณ");
        assertThat(attached).containsExactly(item);
        assertThat(files()).hasSize(1).allMatch(f -> f.getFileName().toString().matches("[0-9a-f-]{36}"));
        assertThat(Files.readAllBytes(files().get(0))).isEqualTo(PDF);
        assertThat(attachments.mayAdd(LETTER, null)).isTrue();
    }

    @Test
    void thePolicysRefusalAndTheContentChecksLeaveNoRowAndNoFile() throws IOException {
        assertThatThrownBy(() -> attachments.add(LETTER, 3L, null, "a.pdf", "application/pdf", PDF))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> attachments.add(LETTER, null, null, "a.pdf", "application/pdf", "<html>".getBytes(StandardCharsets.UTF_8)))
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("attachment.error.content-mismatch"));
        assertThatThrownBy(() -> attachments.add(LETTER, null, null, "big.txt", "text/plain", new byte[2048]))
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("attachment.error.too-large"));
        assertThatThrownBy(() -> attachments.add(LETTER, null, null, "setup.exe", "application/pdf", PDF))
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("attachment.error.type-not-allowed"));

        verify(rows, never()).save(any());
        assertThat(files()).isEmpty();
        assertThat(attached).isEmpty();
    }

    @Test
    void aCaseOutOfSightIsNotFoundBeforeItsPolicyIsAsked() throws IOException {
        CaseRef hidden = CaseRef.of("LETTER", 6);

        assertThatThrownBy(() -> attachments.add(hidden, null, null, "a.pdf", "application/pdf", PDF))
                .isInstanceOf(ApiProblems.NotFound.class);
        assertThatThrownBy(() -> attachments.list(hidden)).isInstanceOf(ApiProblems.NotFound.class);
        assertThat(attachments.mayAdd(hidden, null)).isFalse();
        assertThat(files()).isEmpty();
    }

    @Test
    void aCaseTypeWithoutAPolicyIsReadableButTakesNoFiles() throws IOException {
        CaseRef memo = CaseRef.of("MEMO", 1);
        when(access.canSee(anyList(), eq(memo))).thenReturn(true);

        assertThatThrownBy(() -> attachments.add(memo, null, null, "a.pdf", "application/pdf", PDF))
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("attachment.error.no-position"));
        assertThat(attachments.mayAdd(memo, null)).isFalse();
        assertThat(attachments.list(memo)).isEmpty();
        assertThat(files()).isEmpty();
    }
}
