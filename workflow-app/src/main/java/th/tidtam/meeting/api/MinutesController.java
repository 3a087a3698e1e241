package th.tidtam.meeting.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tidtam.directive.service.DirectiveService;
import th.tidtam.meeting.AgendaItemView;
import th.tidtam.meeting.AttendanceLine;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.MinutesCorrection;
import th.tidtam.meeting.MinutesDirectiveView;
import th.tidtam.meeting.service.Attendance;
import th.tidtam.meeting.service.AttendanceEntry;
import th.tidtam.meeting.service.Correction;
import th.tidtam.meeting.service.Minutes;
import th.tidtam.meeting.service.MinutesDirectives;

/** Attendance, minutes and the directives of the minutes over HTTP. */
@RestController
@RequestMapping("/api/meetings")
@Tag(name = "Meeting minutes", description = "Attendance, minutes (รายงานการประชุม) and directives issued from them")
class MinutesController {

    record ItemMinutes(String reported, String resolution) {
    }

    record CheckRequest(Minutes.CheckOutcome outcome, String note) {
    }

    record AdoptRequest(Long atMeetingId, List<Correction> corrections) {
    }

    private final Attendance attendance;
    private final Minutes minutes;
    private final MinutesDirectives directives;

    MinutesController(Attendance attendance, Minutes minutes, MinutesDirectives directives) {
        this.attendance = attendance;
        this.minutes = minutes;
        this.directives = directives;
    }

    @GetMapping("/{id}/attendance")
    List<AttendanceLine> attendance(@PathVariable long id) {
        return attendance.of(id);
    }

    @PostMapping("/{id}/attendance")
    @Operation(summary = "Records attendance (present, represented with name and title, absent with a reason); refused before the meeting")
    List<AttendanceLine> recordAttendance(@PathVariable long id, @RequestBody List<AttendanceEntry> entries) {
        return attendance.record(id, entries);
    }

    @PostMapping("/items/{itemId}/minutes")
    @Operation(summary = "Writes what was reported and the resolution for one item; refused before the meeting and once checked")
    AgendaItemView recordItem(@PathVariable long itemId, @RequestBody ItemMinutes body) {
        return minutes.recordItem(itemId, body == null ? null : body.reported(), body == null ? null : body.resolution());
    }

    @PostMapping("/{id}/minutes/submit")
    @Operation(summary = "The secretariat sends the drafted minutes to the head of office")
    MeetingSummary submit(@PathVariable long id) {
        return minutes.submitForCheck(id);
    }

    @PostMapping("/{id}/minutes/check")
    @Operation(summary = "The head of office checks the minutes or returns them with a note")
    MeetingSummary check(@PathVariable long id, @RequestBody CheckRequest request) {
        return minutes.check(id, request == null ? null : request.outcome(), request == null ? null : request.note());
    }

    @PostMapping("/{id}/minutes/adopt")
    @Operation(summary = "The next meeting adopts the minutes under its item 2, with or without corrections")
    MeetingSummary adopt(@PathVariable long id, @RequestBody AdoptRequest request) {
        if (request == null || request.atMeetingId() == null) {
            throw new th.tidtam.base.RuleViolation("meeting.error.required", "meeting.field.adopted-at");
        }
        return minutes.adopt(id, request.atMeetingId(), request.corrections());
    }

    @GetMapping("/{id}/minutes/corrections")
    List<MinutesCorrection> corrections(@PathVariable long id) {
        return minutes.corrections(id);
    }

    @GetMapping("/{id}/minutes/directives")
    @Operation(summary = "The directives of the minutes, drafted and issued")
    List<MinutesDirectiveView> minutesDirectives(@PathVariable long id) {
        return directives.of(id);
    }

    @PostMapping("/{id}/minutes/directives/issue")
    @Operation(summary = "Issues a confirmed batch of directives from the minutes: all or nothing, a refusal names the line; "
            + "confirming the same batch again issues nothing more")
    List<DirectiveService.Issued> issue(@PathVariable long id, @RequestBody List<MinutesDirectives.DraftDirective> drafts) {
        return directives.issueFromMinutes(id, drafts);
    }
}
