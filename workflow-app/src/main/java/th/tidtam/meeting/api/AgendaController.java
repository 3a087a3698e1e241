package th.tidtam.meeting.api;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.meeting.AgendaItemView;
import th.tidtam.meeting.AgendaVersionView;
import th.tidtam.meeting.FollowUpLine;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.service.Agenda;
import th.tidtam.meeting.service.AgendaApproval;
import th.tidtam.meeting.service.SubmitItem;

/** A meeting's agenda over HTTP: submissions, the secretariat's decisions on them, approval, publication, versions. */
@RestController
@RequestMapping("/api/meetings")
@Tag(name = "Meeting agenda", description = "Agenda items (ระเบียบวาระ), their submission, acceptance and publication")
class AgendaController {

    record ReasonRequest(String reason) {
    }

    record MoveRequest(Long toMeetingId) {
    }

    record PublishRequest(String changeNote) {
    }

    record ApprovalRequest(AgendaApproval.Outcome outcome, String note) {
    }

    private final Agenda agenda;
    private final AgendaApproval approval;

    AgendaController(Agenda agenda, AgendaApproval approval) {
        this.agenda = agenda;
        this.approval = approval;
    }

    @GetMapping("/{id}/items")
    @Operation(summary = "The agenda items I may see, in agenda order (members see the published agenda, agencies their own items)")
    List<AgendaItemView> items(@PathVariable long id) {
        return agenda.items(id);
    }

    @PostMapping("/{id}/items")
    @Operation(summary = "Submits an item: member agencies for sections 4 and 5 before the cut-off; the secretariat any section, after the cut-off with lateOverride")
    ResponseEntity<AgendaItemView> submit(@PathVariable long id, @RequestBody SubmitItem item) {
        AgendaItemView view = agenda.submit(id, item);
        return ResponseEntity.created(URI.create("/api/meetings/items/" + view.id())).body(view);
    }

    @GetMapping("/items/{itemId}")
    AgendaItemView item(@PathVariable long itemId) {
        return agenda.item(itemId).orElseThrow(ApiProblems.NotFound::new);
    }

    @PostMapping("/items/{itemId}/accept")
    @Operation(summary = "The secretariat puts the item on the agenda")
    AgendaItemView accept(@PathVariable long itemId) {
        return agenda.accept(itemId);
    }

    @PostMapping("/items/{itemId}/return")
    @Operation(summary = "The secretariat sends the item back to its agency with a reason")
    AgendaItemView returnItem(@PathVariable long itemId, @RequestBody ReasonRequest request) {
        return agenda.returnItem(itemId, request == null ? null : request.reason());
    }

    @PostMapping("/items/{itemId}/move")
    @Operation(summary = "The secretariat moves the item to another meeting of the same body")
    AgendaItemView move(@PathVariable long itemId, @RequestBody MoveRequest request) {
        if (request == null || request.toMeetingId() == null) {
            throw new th.tidtam.base.RuleViolation("meeting.error.required", "meeting.field.move-to");
        }
        return agenda.move(itemId, request.toMeetingId());
    }

    @PostMapping("/items/{itemId}/withdraw")
    @Operation(summary = "The submitting agency takes its item back before it is accepted")
    AgendaItemView withdraw(@PathVariable long itemId) {
        return agenda.withdraw(itemId);
    }

    @GetMapping("/{id}/follow-up")
    @Operation(summary = "Agenda item 3: open directives of the body's earlier meetings, as my follow-up shows them")
    List<FollowUpLine> followUp(@PathVariable long id) {
        return agenda.followUp(id);
    }

    @PostMapping("/{id}/agenda/send-for-approval")
    @Operation(summary = "The secretariat sends the prepared agenda to the chair (after the cut-off)")
    MeetingSummary sendForApproval(@PathVariable long id) {
        return approval.sendForApproval(id);
    }

    @PostMapping("/{id}/agenda/approval")
    @Operation(summary = "The chair approves the agenda (published as version 1) or returns it with a note")
    MeetingSummary approve(@PathVariable long id, @RequestBody ApprovalRequest request) {
        return approval.approve(id, request == null ? null : request.outcome(), request == null ? null : request.note());
    }

    @PostMapping("/{id}/agenda/publish")
    @Operation(summary = "Publishes the agenda as it stands: version 1, then each change with a change note; members are alerted")
    AgendaVersionView publish(@PathVariable long id, @RequestBody(required = false) PublishRequest request) {
        return agenda.publish(id, request == null ? null : request.changeNote());
    }

    @GetMapping("/{id}/agenda/versions")
    @Operation(summary = "The published versions of the agenda, each with its snapshot (JSON)")
    List<AgendaVersionView> versions(@PathVariable long id) {
        return agenda.versions(id);
    }
}
