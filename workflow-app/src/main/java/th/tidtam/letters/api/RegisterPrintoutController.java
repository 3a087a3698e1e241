package th.tidtam.letters.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.Urgency;
import th.tidtam.letters.LetterFilter;
import th.tidtam.letters.service.RegisterPrintout;
import th.tidtam.org.SecrecyClass;

/** The register printed for a period: PDF as the regulation's form, Excel to sort and filter. */
@RestController
@RequestMapping("/api/letters")
@Tag(name = "Letters")
class RegisterPrintoutController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RegisterPrintout printout;

    RegisterPrintoutController(RegisterPrintout printout) {
        this.printout = printout;
    }

    @GetMapping("/register.pdf")
    @Operation(summary = "The register of the letters I may see received from .. to (at most a year), landscape A4, BE dates")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Urgency urgency, @RequestParam(required = false) SecrecyClass secrecy,
            @RequestParam(defaultValue = "true") String thaiDigits) {
        if (!"true".equalsIgnoreCase(thaiDigits) && !"false".equalsIgnoreCase(thaiDigits)) {
            throw new RuleViolation("letters.error.thai-digits", thaiDigits);
        }
        byte[] bytes = printout.pdf(from, to, new LetterFilter(from, to, urgency, secrecy, false, null),
                Boolean.parseBoolean(thaiDigits));
        return file(bytes, MediaType.APPLICATION_PDF, "letters-in-" + from + "-" + to + ".pdf");
    }

    @GetMapping("/register.xlsx")
    @Operation(summary = "The same register as an Excel sheet, one row per letter")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Urgency urgency, @RequestParam(required = false) SecrecyClass secrecy) {
        byte[] bytes = printout.xlsx(from, to, new LetterFilter(from, to, urgency, secrecy, false, null));
        return file(bytes, XLSX, "letters-in-" + from + "-" + to + ".xlsx");
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(bytes);
    }
}
