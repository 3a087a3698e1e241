package th.tidtam.directive.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.casework.attachment.CaseAttachments;
import th.tidtam.directive.service.DirectiveCase;
import th.tidtam.org.AssignmentKind;

/**
 * A directive's attachments over HTTP, multipart in, through the casework core's attachments with the directive's
 * rules; the download ({@code /api/attachments/{id}}) is the core's. Ids of directives the user may not see answer
 * 404 like ids that do not exist.
 */
@RestController
class AttachmentController {

    record Attached(Long id, String fileName, long size, String contentType, String sha256, Long partId, Long reportId) {
    }

    /** One file of a directive, in the fields (and order) this API has always answered with. */
    record Listed(Long id, Long directiveId, Long partId, Long reportId, String fileName, String contentType,
            long size, String sha256, Instant uploadedAt, String uploaderNameTh, String uploaderNameEn,
            Long positionId, String positionTitleTh, String positionTitleEn, AssignmentKind capacity) {

        static Listed of(CaseAttachments.Item i) {
            return new Listed(i.id(), i.owner().id(), i.partId(), i.reportId(), i.fileName(), i.contentType(), i.size(),
                    i.sha256(), i.uploadedAt(), i.uploaderNameTh(), i.uploaderNameEn(), i.positionId(),
                    i.positionTitleTh(), i.positionTitleEn(), i.capacity());
        }
    }

    private final CaseAttachments attachments;
    private final ApiProblems problems;

    AttachmentController(CaseAttachments attachments, ApiProblems problems) {
        this.attachments = attachments;
        this.problems = problems;
    }

    @PostMapping(path = "/api/directives/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Attached> add(@PathVariable Long id, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) Long partId, @RequestParam(required = false) Long reportId) throws IOException {
        if (file == null) {
            // a caller who may not see the directive learns nothing, not even that a file was missing
            attachments.requireVisible(DirectiveCase.of(id));
            throw new RuleViolation("attachment.error.file-required");
        }
        CaseAttachments.Item item;
        try (InputStream in = file.getInputStream()) {
            item = attachments.add(DirectiveCase.of(id), partId, reportId, file.getOriginalFilename(), file.getContentType(), in);
        }
        return ResponseEntity.created(URI.create("/api/attachments/" + item.id())).body(new Attached(item.id(),
                item.fileName(), item.size(), item.contentType(), item.sha256(), item.partId(), item.reportId()));
    }

    /** Beats the general handler in ApiProblems because this controller knows the configured limit. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "attachment.error.upload-too-large",
                CaseAttachments.humanSize(attachments.maxSizeBytes()));
    }

    @GetMapping("/api/directives/{id}/attachments")
    List<Listed> list(@PathVariable Long id) {
        return attachments.list(DirectiveCase.of(id)).stream().map(Listed::of).toList();
    }
}
