package th.tidtam.directive.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.directive.Cadence;
import th.tidtam.casework.Urgency;
import th.tidtam.directive.domain.Directive;
import th.tidtam.directive.domain.DirectiveStatus;
import th.tidtam.directive.SourceKind;
import th.tidtam.directive.service.DirectiveQueries;
import th.tidtam.directive.service.DirectiveSearch;
import th.tidtam.directive.service.DirectiveService;
import th.tidtam.directive.service.DirectiveViews;
import th.tidtam.directive.service.IssueDirective;
import th.tidtam.directive.service.MeetingDueDates;

/** Directives over HTTP: the same rules and visibility as the screens; session or HTTP Basic. */
@RestController
@RequestMapping("/api/directives")
class DirectiveController {

    record Source(SourceKind kind, String reference, String meetingNumber, String agendaItem) {
    }

    record IssueRequest(String subject, String text, String urgency, String secrecy, Long leadUnitId,
            List<Long> supportingUnitIds, Boolean allDistricts, LocalDate dueDate, Integer dueInWorkingDays,
            Cadence cadence, Integer cadenceDays, Source source, Long supersedesId, Boolean dueBeforeNextMeeting) {
    }

    record Issued(Long id, String number) {
    }

    private final DirectiveService service;
    private final DirectiveQueries queries;
    private final MeetingDueDates meetingDueDates;

    DirectiveController(DirectiveService service, DirectiveQueries queries, MeetingDueDates meetingDueDates) {
        this.service = service;
        this.queries = queries;
        this.meetingDueDates = meetingDueDates;
    }

    @PostMapping
    ResponseEntity<Issued> issue(@RequestBody IssueRequest request) {
        Source source = request.source() == null ? new Source(null, null, null, null) : request.source();
        LocalDate dueDate = request.dueDate();
        if (Boolean.TRUE.equals(request.dueBeforeNextMeeting())) {
            if (dueDate != null || request.dueInWorkingDays() != null) {
                throw new RuleViolation("directive.error.due-twice");
            }
            dueDate = meetingDueDates.requireBeforeNextMeeting().dueDate();
        }
        Directive d = service.issue(new IssueDirective(request.subject(), request.text(), request.urgency(),
                request.secrecy(), request.leadUnitId(), request.supportingUnitIds(),
                Boolean.TRUE.equals(request.allDistricts()), dueDate, request.dueInWorkingDays(),
                request.cadence(), request.cadenceDays(), source.kind(), source.reference(), source.meetingNumber(),
                source.agendaItem(), request.supersedesId()));
        return ResponseEntity.created(URI.create("/api/directives/" + d.getId())).body(new Issued(d.getId(), d.getNumber()));
    }

    /** The due date "before the next meeting" would give today, or a problem when no next sitting is on record. */
    @GetMapping("/due-before-next-meeting")
    MeetingDueDates.BeforeNextMeeting dueBeforeNextMeeting() {
        return meetingDueDates.requireBeforeNextMeeting();
    }

    @Operation(summary = "The directives I may see, newest first unless sorted otherwise: q finds words of the number, "
            + "subject or text (Thai or Arabic digits alike); status, urgency (repeatable), unitId (an assigned agency), "
            + "meeting (ครั้งที่, e.g. 3/2569) and overdue (a part past its due date) narrow it; sort NUMBER, ISSUED, DUE or "
            + "STATUS, desc for the reverse; at most 200 per page")
    @GetMapping
    DirectiveViews.Page<DirectiveViews.Summary> list(@RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String q,
            @RequestParam(required = false) List<DirectiveStatus> status,
            @RequestParam(required = false) List<Urgency> urgency, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String meeting, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) DirectiveSearch.Sort sort, @RequestParam(required = false) Boolean desc) {
        // without a sort the list is the newest first, as it always was; a chosen sort goes up unless desc is asked
        boolean descending = desc == null ? sort == null : desc;
        return queries.search(new DirectiveSearch(q, status == null ? Set.of() : new java.util.HashSet<>(status), unitId, meeting,
                urgency == null ? Set.of() : new java.util.HashSet<>(urgency), overdue, sort, descending), offset, limit);
    }

    @GetMapping("/{id}")
    DirectiveViews.Detail get(@PathVariable Long id) {
        return queries.detail(id).orElseThrow(ApiProblems.NotFound::new);
    }
}
