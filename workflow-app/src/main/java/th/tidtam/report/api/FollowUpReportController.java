package th.tidtam.report.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.report.service.FollowUpReports;
import th.tidtam.report.service.GeneratedReport;
import th.tidtam.report.service.ReportFormat;
import th.tidtam.report.service.ReportRequest;
import th.tidtam.security.CurrentUser;
import th.tidtam.security.TidtamUser;

/**
 * The meeting follow-up report as a file. Whoever may not generate it gets 404, like anything they may not see; bad
 * input is a 400 problem and nothing is generated.
 */
@RestController
@RequestMapping("/api/reports")
class FollowUpReportController {

    private final FollowUpReports reports;
    private final CurrentUser currentUser;
    private final OrgDirectory org;

    FollowUpReportController(FollowUpReports reports, CurrentUser currentUser, OrgDirectory org) {
        this.reports = reports;
        this.currentUser = currentUser;
        this.org = org;
    }

    @GetMapping("/follow-up")
    ResponseEntity<byte[]> followUp(@RequestParam(required = false) String format,
            @RequestParam(required = false) String meeting, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "false") String thaiDigits) {
        TidtamUser user = currentUser.get().orElseThrow(ApiProblems.NotFound::new);
        if (!FollowUpReports.mayGenerate(user)) {
            throw new ApiProblems.NotFound();
        }
        ReportFormat f = ReportFormat.parse(format).orElseThrow(() -> new RuleViolation("report.error.format", format));
        if (!"true".equalsIgnoreCase(thaiDigits) && !"false".equalsIgnoreCase(thaiDigits)) {
            throw new RuleViolation("report.error.thai-digits", thaiDigits);
        }
        ReportRequest request = new ReportRequest(meeting, date(from, "from"), date(to, "to"), f,
                Boolean.parseBoolean(thaiDigits));
        List<CurrentPosition> positions = org.positionsFilled(user.personId());
        reports.check(request, positions);
        GeneratedReport report = reports.generate(request, positions);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(report.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(report.filename()))
                .header("X-Report-Directives", String.valueOf(report.directives()))
                .body(report.bytes());
    }

    /** A plain filename for old clients and the RFC 5987 form for the rest; names are ASCII, but encoded all the same. */
    static String disposition(String filename) {
        String plain = filename.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + plain + "\"; filename*=UTF-8''" + encoded;
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolation("report.error.date", field, text);
        }
        // ISO dates reach year 999999999; a period is computed with them, so only dates a report can mean are taken
        if (day.getYear() < 1900 || day.getYear() > 2999) {
            throw new RuleViolation("report.error.date", field, text);
        }
        return day;
    }
}
