package th.tidtam.meeting.api;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.meeting.BodyMember;
import th.tidtam.meeting.BodySummary;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.service.BodyForm;
import th.tidtam.meeting.service.MeetingRegister;
import th.tidtam.meeting.service.MemberForm;
import th.tidtam.meeting.service.ScheduleMeeting;

/** Bodies that meet and their meetings over HTTP: the same rules and visibility as the screens; session or HTTP Basic. */
@RestController
@RequestMapping("/api/meetings")
@Tag(name = "Meetings", description = "Bodies that meet, their members and their meetings (การประชุม)")
class MeetingController {

    record CancelRequest(String reason) {
    }

    private final MeetingRegister register;

    MeetingController(MeetingRegister register) {
        this.register = register;
    }

    @GetMapping("/bodies")
    @Operation(summary = "The bodies I may see: every body for the provincial office, else those my positions sit in")
    List<BodySummary> bodies() {
        return register.bodies();
    }

    @PostMapping("/bodies")
    @Operation(summary = "Registers a body (secretariat, head of office)")
    ResponseEntity<BodySummary> createBody(@RequestBody BodyForm form) {
        BodySummary body = register.createBody(form);
        return ResponseEntity.created(URI.create("/api/meetings/bodies/" + body.id())).body(body);
    }

    @GetMapping("/bodies/{id}")
    BodySummary body(@PathVariable long id) {
        return register.body(id).orElseThrow(ApiProblems.NotFound::new);
    }

    @PutMapping("/bodies/{id}")
    @Operation(summary = "Changes a body (secretariat, head of office)")
    BodySummary updateBody(@PathVariable long id, @RequestBody BodyForm form) {
        return register.updateBody(id, form);
    }

    @GetMapping("/bodies/{id}/members")
    List<BodyMember> members(@PathVariable long id) {
        return register.members(id);
    }

    @PostMapping("/bodies/{id}/members")
    @Operation(summary = "Adds a member position to the body, or changes its role and duty to report")
    BodyMember setMember(@PathVariable long id, @RequestBody MemberForm form) {
        return register.setMember(id, form);
    }

    @DeleteMapping("/bodies/{id}/members/{positionId}")
    ResponseEntity<Void> removeMember(@PathVariable long id, @PathVariable long positionId) {
        register.removeMember(id, positionId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/bodies/{id}/meetings")
    @Operation(summary = "The body's meetings I may see, oldest first")
    List<MeetingSummary> meetingsOf(@PathVariable long id) {
        return register.meetings(id);
    }

    @GetMapping
    @Operation(summary = "Every meeting I may see, oldest first")
    List<MeetingSummary> meetings() {
        return register.visibleMeetings();
    }

    @PostMapping
    @Operation(summary = "Schedules a meeting (secretariat, head of office); refused when it overlaps another of the body")
    ResponseEntity<MeetingSummary> schedule(@RequestBody ScheduleMeeting command) {
        MeetingSummary meeting = register.schedule(command);
        return ResponseEntity.created(URI.create("/api/meetings/" + meeting.id())).body(meeting);
    }

    @GetMapping("/{id}")
    MeetingSummary meeting(@PathVariable long id) {
        return register.meeting(id).orElseThrow(ApiProblems.NotFound::new);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Calls the meeting off, with a reason; its process stops")
    MeetingSummary cancel(@PathVariable long id, @RequestBody CancelRequest request) {
        return register.cancel(id, request == null ? null : request.reason());
    }
}
