package th.tidtam.coordination.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
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

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.timeline.TimelineEntry;
import th.tidtam.coordination.NewRequest;
import th.tidtam.coordination.RequestPage;
import th.tidtam.coordination.RequestStatus;
import th.tidtam.coordination.RequestSummary;
import th.tidtam.coordination.service.CoordinationClosing;
import th.tidtam.coordination.service.CoordinationFiles;
import th.tidtam.coordination.service.CoordinationQueries;
import th.tidtam.coordination.service.CoordinationRequests;
import th.tidtam.coordination.service.CoordinationSummaryDocs;

/**
 * Coordination requests over HTTP: the same rules and visibility as the screens; session or HTTP Basic. An agency
 * answers through its task ({@code POST /api/tasks/{id}/complete}); a partner only through its one-time link's page.
 */
@RestController
@RequestMapping("/api/coordination")
@Tag(name = "Coordination", description = "หนังสือขอความร่วมมือ / ประสานงาน: requests to agencies and partners")
class CoordinationController {

    record RequestList(int total, List<RequestSummary> requests) {
    }

    record ReasonRequest(String reason) {
    }

    record CloseRequest(String result) {
    }

    private final CoordinationRequests requests;
    private final CoordinationQueries queries;
    private final CoordinationClosing closing;
    private final CoordinationSummaryDocs docs;

    CoordinationController(CoordinationRequests requests, CoordinationQueries queries, CoordinationClosing closing,
            CoordinationSummaryDocs docs) {
        this.requests = requests;
        this.queries = queries;
        this.closing = closing;
        this.docs = docs;
    }

    @GetMapping
    @Operation(summary = "Requests I may see, newest first: scope MINE (asked by my positions), WAITING (my agency's "
            + "answers due) or ALL; by status and a word of the number, subject or text")
    RequestList list(@RequestParam(defaultValue = "ALL") CoordinationQueries.Scope scope,
            @RequestParam(required = false) RequestStatus status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new RuleViolation("coordination.error.paging", 500);
        }
        return new RequestList(queries.count(scope, status, q), queries.list(scope, status, q, offset, limit));
    }

    @PostMapping
    @Operation(summary = "Drafts a request (provincial office positions and unit heads): subject, askKind, body, "
            + "dueDate (a working day, not past, within a year), urgency, secrecy, unitIds and partnerIds")
    ResponseEntity<RequestSummary> draft(@RequestBody NewRequest request) {
        RequestSummary created = requests.draft(request, List.of());
        return ResponseEntity.created(URI.create("/api/coordination/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One request with its parties, their answers and files, and what I may do with it")
    RequestPage request(@PathVariable long id) {
        return queries.page(id);
    }

    @PostMapping("/{id}/send")
    @Operation(summary = "Sends a draft: its number, a task per agency, a one-time link per partner (returned once, "
            + "never stored: send it to the partner)")
    CoordinationRequests.Sent send(@PathVariable long id) {
        return requests.send(id);
    }

    @PostMapping("/{id}/parties/{partyId}/link")
    @Operation(summary = "A new one-time link for a partner that has not answered; the old link stops working")
    CoordinationRequests.PartnerLink newLink(@PathVariable long id, @PathVariable long partyId) {
        return requests.newLink(id, partyId);
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraws a draft or a sent request nobody has answered, with a reason (the requester)")
    RequestSummary withdraw(@PathVariable long id, @RequestBody(required = false) ReasonRequest request) {
        return requests.withdraw(id, request == null ? null : request.reason());
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Writes the result and closes a sent request (the requester; before the due date too)")
    RequestSummary close(@PathVariable long id, @RequestBody(required = false) CloseRequest request) {
        return closing.close(id, request == null ? null : request.result());
    }

    @GetMapping("/{id}/summary.pdf")
    @Operation(summary = "The summary of every party's answer, on time or late, as an A4 PDF")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return file("coordination-" + id + ".pdf", MediaType.APPLICATION_PDF, docs.pdf(id));
    }

    @GetMapping("/{id}/summary.xlsx")
    @Operation(summary = "The same summary as one Excel sheet")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        return file("coordination-" + id + ".xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), docs.xlsx(id));
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "What happened to the request: drafted, sent, answered, reminded, escalated, closed")
    List<TimelineEntry> timeline(@PathVariable long id) {
        return queries.timeline(id);
    }

    @GetMapping("/{id}/files/{fileId}")
    @Operation(summary = "One file of the request or of an answer")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
        CoordinationFiles.Content c = queries.file(id, fileId);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(c.file().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(c.file().contentType())).body(c.bytes());
    }

    private static ResponseEntity<byte[]> file(String name, MediaType type, byte[] bytes) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"")
                .contentType(type).body(bytes);
    }
}
