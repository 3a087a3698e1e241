package th.tidtam.casework.api;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import th.tidtam.casework.attachment.CaseAttachments;

/**
 * A file of any case, by its id: the same address for a directive's evidence as for a letter's enclosure. An id of
 * a file on a case the user may not see answers 404 like an id that does not exist. (Adding and listing belong to
 * each case type's own API, e.g. {@code /api/directives/{id}/attachments}.)
 */
@RestController
class AttachmentDownloadController {

    private final CaseAttachments attachments;

    AttachmentDownloadController(CaseAttachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/api/attachments/{id}")
    ResponseEntity<InputStreamResource> download(@PathVariable Long id) {
        CaseAttachments.Download download = attachments.open(id);
        CaseAttachments.Item item = download.item();
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
