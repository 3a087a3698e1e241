package th.tidtam.rollup.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.tidtam.base.RuleViolation;
import th.tidtam.rollup.service.NationalRollUp;
import th.tidtam.rollup.service.RollUp;
import th.tidtam.rollup.service.RollUpExport;

/**
 * The national roll-up as JSON and as files: {@code GET /api/rollup} (every province side by side, by agency type,
 * the trend), {@code /api/rollup/provinces/{id}} (one province, agency by agency, read-only) and
 * {@code /api/rollup/export?format=pdf|xlsx}; each takes {@code fiscalYear} (BE, default the current one). Only for
 * the Ministry's desk: anyone else gets 404.
 */
@RestController
@RequestMapping("/api/rollup")
class RollUpController {

    private final NationalRollUp rollUp;
    private final RollUpExport export;

    RollUpController(NationalRollUp rollUp, RollUpExport export) {
        this.rollUp = rollUp;
        this.export = export;
    }

    @GetMapping
    RollUp national(@RequestParam(required = false) String fiscalYear) {
        return rollUp.rollUp(year(fiscalYear));
    }

    @GetMapping("/provinces/{id}")
    RollUp.Province province(@PathVariable long id, @RequestParam(required = false) String fiscalYear) {
        return rollUp.province(id, year(fiscalYear));
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "pdf") String format,
            @RequestParam(required = false) String fiscalYear) {
        boolean pdf = "pdf".equalsIgnoreCase(format);
        if (!pdf && !"xlsx".equalsIgnoreCase(format)) {
            throw new RuleViolation("rollup.error.format", format);
        }
        RollUp r = rollUp.rollUp(year(fiscalYear));
        String name = "rollup-" + r.fiscalYear() + (pdf ? ".pdf" : ".xlsx");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(pdf ? RollUpExport.PDF : RollUpExport.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(pdf ? export.pdf(r) : export.xlsx(r));
    }

    private Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw rollUp.notAFiscalYear(text);
        }
    }
}
