package th.tidtam.outgoing.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tidtam.base.RuleViolation;
import th.tidtam.outgoing.service.OutgoingDocuments;

/** The letter as an A4 PDF and the register of a period as PDF and Excel; Thai digits unless {@code thaiDigits=false}. */
@RestController
@RequestMapping("/api/outgoing")
@Tag(name = "Outgoing register")
class OutgoingDocumentsController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final OutgoingDocuments documents;

    OutgoingDocumentsController(OutgoingDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/{id}/letter.pdf")
    @Operation(summary = "The letter in the official layout (a draft is marked ร่าง)")
    ResponseEntity<byte[]> letter(@PathVariable long id, @RequestParam(defaultValue = "true") String thaiDigits) {
        return file(documents.letter(id, digits(thaiDigits)), MediaType.APPLICATION_PDF);
    }

    @GetMapping("/register.pdf")
    @Operation(summary = "The register of a period (at most a year), one book or every book I see, landscape A4")
    ResponseEntity<byte[]> registerPdf(@RequestParam(required = false) Long bookId, @RequestParam LocalDate from,
            @RequestParam LocalDate to, @RequestParam(defaultValue = "true") String thaiDigits) {
        return file(documents.registerPdf(bookId, from, to, digits(thaiDigits)), MediaType.APPLICATION_PDF);
    }

    @GetMapping("/register.xlsx")
    @Operation(summary = "The register of a period as an Excel sheet with the form's columns")
    ResponseEntity<byte[]> registerXlsx(@RequestParam(required = false) Long bookId, @RequestParam LocalDate from,
            @RequestParam LocalDate to, @RequestParam(defaultValue = "false") String thaiDigits) {
        return file(documents.registerXlsx(bookId, from, to, digits(thaiDigits)), XLSX);
    }

    private static boolean digits(String value) {
        if (!"true".equalsIgnoreCase(value) && !"false".equalsIgnoreCase(value)) {
            throw new RuleViolation("outgoing.error.thai-digits", value);
        }
        return Boolean.parseBoolean(value);
    }

    private static ResponseEntity<byte[]> file(OutgoingDocuments.Document d, MediaType type) {
        String plain = d.filename().replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(d.filename(), StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + plain + "\"; filename*=UTF-8''" + encoded)
                .body(d.bytes());
    }
}
