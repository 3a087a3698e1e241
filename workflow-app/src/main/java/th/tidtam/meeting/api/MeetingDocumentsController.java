package th.tidtam.meeting.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.tidtam.base.RuleViolation;
import th.tidtam.meeting.service.MeetingDocuments;

/**
 * The agenda and the minutes of a meeting as A4 PDFs in Sarabun, Thai digits unless {@code thaiDigits=false}. A
 * meeting the user may not see is 404, like anything they may not see; minutes not yet written are a 400 problem.
 */
@RestController
@RequestMapping("/api/meetings")
class MeetingDocumentsController {

    private final MeetingDocuments documents;

    MeetingDocumentsController(MeetingDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/{id}/agenda.pdf")
    ResponseEntity<byte[]> agenda(@PathVariable long id, @RequestParam(defaultValue = "true") String thaiDigits) {
        return pdf(documents.agenda(id, digits(thaiDigits)));
    }

    @GetMapping("/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable long id, @RequestParam(defaultValue = "true") String thaiDigits) {
        return pdf(documents.minutes(id, digits(thaiDigits)));
    }

    private static boolean digits(String value) {
        if (!"true".equalsIgnoreCase(value) && !"false".equalsIgnoreCase(value)) {
            throw new RuleViolation("meeting.doc.error.thai-digits", value);
        }
        return Boolean.parseBoolean(value);
    }

    private static ResponseEntity<byte[]> pdf(MeetingDocuments.Document d) {
        String plain = d.filename().replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(d.filename(), StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + plain + "\"; filename*=UTF-8''" + encoded)
                .body(d.bytes());
    }
}
