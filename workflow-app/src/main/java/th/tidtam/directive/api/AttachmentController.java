package th.tidtam.directive.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import th.tidtam.directive.service.DirectiveAttachments;

/**
 * Attachments over HTTP, multipart in and bytes out, with the same visibility as the directive: ids of files on a
 * directive the user may not see answer 404 like ids that do not exist.
 */
@RestController
class AttachmentController {

    record Attached(Long id, String fileName, long size, String contentType, String sha256, Long partId, Long reportId) {
    }

    private final DirectiveAttachments attachments;
    private final ApiProblems problems;

    AttachmentController(DirectiveAttachments attachments, ApiProblems problems) {
        this.attachments = attachments;
        this.problems = problems;
    }

    @PostMapping(path = "/api/directives/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Attached> add(@PathVariable Long id, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) Long partId, @RequestParam(required = false) Long reportId) throws IOException {
        if (file == null) {
            // a caller who may not see the directive learns nothing, not even that a file was missing
            attachments.requireVisible(id);
            throw new RuleViolation("attachment.error.file-required");
        }
        DirectiveAttachments.Item item;
        try (InputStream in = file.getInputStream()) {
            item = attachments.add(id, partId, reportId, file.getOriginalFilename(), file.getContentType(), in);
        }
        return ResponseEntity.created(URI.create("/api/attachments/" + item.id())).body(new Attached(item.id(),
                item.fileName(), item.size(), item.contentType(), item.sha256(), item.partId(), item.reportId()));
    }

    /** Beats the general handler in ApiProblems because this controller knows the configured limit. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "attachment.error.upload-too-large",
                DirectiveAttachments.humanSize(attachments.maxSizeBytes()));
    }

    @GetMapping("/api/directives/{id}/attachments")
    List<DirectiveAttachments.Item> list(@PathVariable Long id) {
        return attachments.list(id);
    }

    @GetMapping("/api/attachments/{id}")
    ResponseEntity<InputStreamResource> download(@PathVariable Long id) {
        DirectiveAttachments.Download download = attachments.open(id);
        DirectiveAttachments.Item item = download.item();
        return ResponseEntity.ok()
                // filename*=UTF-8''… (RFC 5987) so that Thai names arrive intact
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(item.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                // even if a browser were talked into rendering it, the file gets no script and no origin
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .contentType(MediaType.parseMediaType(item.contentType()))
                .contentLength(item.size())
                .body(new InputStreamResource(download.open()));
    }
}
