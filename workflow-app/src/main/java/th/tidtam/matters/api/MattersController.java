package th.tidtam.matters.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tidtam.casework.timeline.Timeline;
import th.tidtam.casework.timeline.TimelineEntry;
import th.tidtam.matters.MatterDetails;
import th.tidtam.matters.MatterStatus;
import th.tidtam.matters.MatterSummary;
import th.tidtam.matters.NewMatter;
import th.tidtam.matters.ProgressCommand;
import th.tidtam.matters.UnownedMatter;
import th.tidtam.matters.service.MatterCase;
import th.tidtam.matters.service.MatterQueries;
import th.tidtam.matters.service.MatterRegistration;
import th.tidtam.matters.service.MatterWork;
import th.tidtam.matters.service.UnownedMatters;

/**
 * Unowned matters over HTTP, with the same rules and visibility as the screens. Triage, acceptance, decline,
 * reassignment, the final report and its review, and extension decisions are tasks: {@code /api/tasks/{id}/complete}.
 * The complainant's personal data appears only for the positions on the matter's route.
 */
@RestController
@RequestMapping("/api/matters")
@Tag(name = "Unowned matters", description = "เรื่องที่ไม่มีหน่วยงานรับผิดชอบโดยตรง: triage, parts, progress, the monthly list")
class MattersController {

    record ExtensionRequest(LocalDate to, String reason) {
    }

    record Page(List<MatterSummary> matters, int total) {
    }

    private final MatterQueries queries;
    private final MatterRegistration registration;
    private final MatterWork work;
    private final UnownedMatters unowned;
    private final Timeline timeline;

    MattersController(MatterQueries queries, MatterRegistration registration, MatterWork work, UnownedMatters unowned,
            Timeline timeline) {
        this.queries = queries;
        this.registration = registration;
        this.work = work;
        this.unowned = unowned;
        this.timeline = timeline;
    }

    @GetMapping
    @Operation(summary = "The matters I may see, newest first, by status and words of the number, subject or description")
    Page matters(@RequestParam(required = false) Set<MatterStatus> status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        Set<MatterStatus> statuses = status == null || status.isEmpty() ? EnumSet.allOf(MatterStatus.class) : status;
        return new Page(queries.list(statuses, q, Math.max(0, offset), Math.max(1, Math.min(limit, 200))), queries.count(statuses, q));
    }

    @PostMapping
    @Operation(summary = "Registers a matter (head of office, Damrongdhama centre, correspondence clerks); it goes to the head of office's triage")
    ResponseEntity<MatterDetails> register(@RequestBody NewMatter matter) {
        long id = registration.register(matter);
        return ResponseEntity.created(URI.create("/api/matters/" + id)).body(queries.details(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One matter with its parts, declines and progress; the complainant only on the matter's route (audited)")
    MatterDetails matter(@PathVariable long id) {
        return queries.details(id);
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "The matter's triage history and work: registered, assigned, declined, reassigned, split, kept, progress, closed")
    List<TimelineEntry> timeline(@PathVariable long id) {
        queries.details(id);
        return timeline.of(MatterCase.of(id));
    }

    @PostMapping("/{id}/parts/{partId}/progress")
    @Operation(summary = "A progress report on a part being worked (percent 0–99, status, text) by its holder or unit")
    MatterDetails progress(@PathVariable long id, @PathVariable long partId, @RequestBody ProgressCommand report) {
        work.report(id, partId, report);
        return queries.details(id);
    }

    @PostMapping("/{id}/parts/{partId}/extension")
    @Operation(summary = "Asks the head of office for a later due date on a part being worked (a task for the head of office)")
    MatterDetails extension(@PathVariable long id, @PathVariable long partId, @RequestBody ExtensionRequest request) {
        work.requestExtension(id, partId, request == null ? null : request.to(), request == null ? null : request.reason());
        return queries.details(id);
    }

    @GetMapping("/unowned")
    @Operation(summary = "The matters still without an owner (in triage or declined back), oldest first, with their age")
    List<UnownedMatter> unowned() {
        return unowned.list();
    }

    @GetMapping("/unowned.pdf")
    @Operation(summary = "The list of matters without an owner as an A4 PDF")
    ResponseEntity<byte[]> unownedPdf(Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"unowned-matters.pdf\"")
                .body(unowned.pdf(locale));
    }
}
