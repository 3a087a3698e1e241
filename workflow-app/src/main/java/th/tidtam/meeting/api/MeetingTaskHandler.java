package th.tidtam.meeting.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.meeting.AgendaItemView;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.service.AgendaApproval;
import th.tidtam.meeting.service.Agenda;
import th.tidtam.meeting.service.MeetingCase;
import th.tidtam.meeting.service.MeetingCycle;
import th.tidtam.meeting.service.MeetingRegister;
import th.tidtam.meeting.service.Minutes;
import th.tidtam.work.MyTask;
import th.tidtam.work.TaskHandler;

/**
 * The meeting cycle's tasks over {@code /api/tasks/{id}}: the meeting and its agenda with the outcomes each step
 * accepts, and the completion of each step through the same services as the meeting's own endpoints.
 */
@Component
class MeetingTaskHandler implements TaskHandler {

    /** What a meeting task shows next to the task, the position and the capacity. */
    record MeetingTaskContext(MeetingSummary meeting, List<AgendaItemView> items, List<String> outcomes) {
    }

    /** The body of {@code POST /api/tasks/{id}/complete} for every meeting step. */
    record Completion(String outcome, String note) {
    }

    private final MeetingRegister register;
    private final Agenda agenda;
    private final AgendaApproval approval;
    private final Minutes minutes;
    private final ObjectMapper json;

    MeetingTaskHandler(MeetingRegister register, Agenda agenda, AgendaApproval approval, Minutes minutes, ObjectMapper json) {
        this.register = register;
        this.agenda = agenda;
        this.approval = approval;
        this.minutes = minutes;
        this.json = json;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(MeetingCycle.TASK_PREPARE, MeetingCycle.TASK_APPROVE, MeetingCycle.TASK_RECORD, MeetingCycle.TASK_CHECK);
    }

    @Override
    public MeetingTaskContext context(MyTask task) {
        long id = meetingId(task);
        MeetingSummary meeting = register.meeting(id).orElseThrow(ApiProblems.NotFound::new);
        return new MeetingTaskContext(meeting, agenda.items(id), switch (task.item().taskDefinitionKey()) {
            case MeetingCycle.TASK_PREPARE, MeetingCycle.TASK_RECORD -> List.of("SUBMIT");
            case MeetingCycle.TASK_APPROVE -> List.of("APPROVE", "RETURN");
            case MeetingCycle.TASK_CHECK -> List.of("CHECKED", "RETURN");
            default -> List.of();
        });
    }

    @Override
    public Class<Completion> completionType() {
        return Completion.class;
    }

    @Override
    public void complete(MyTask task, JsonNode body) {
        Completion c = TaskHandler.read(json, body, Completion.class);
        long id = meetingId(task);
        String outcome = c.outcome() == null ? "" : c.outcome().trim().toUpperCase(Locale.ROOT);
        switch (task.item().taskDefinitionKey()) {
            case MeetingCycle.TASK_PREPARE -> approval.sendForApproval(id);
            case MeetingCycle.TASK_APPROVE -> approval.approve(id, switch (outcome) {
                case "APPROVE" -> AgendaApproval.Outcome.APPROVE;
                case "RETURN" -> AgendaApproval.Outcome.RETURN;
                default -> throw new RuleViolation("task.error.outcome-unknown");
            }, c.note());
            case MeetingCycle.TASK_RECORD -> minutes.submitForCheck(id);
            case MeetingCycle.TASK_CHECK -> minutes.check(id, switch (outcome) {
                case "CHECKED" -> Minutes.CheckOutcome.CHECKED;
                case "RETURN" -> Minutes.CheckOutcome.RETURN;
                default -> throw new RuleViolation("task.error.outcome-unknown");
            }, c.note());
            default -> throw new RuleViolation("task.error.wrong-kind");
        }
    }

    private static long meetingId(MyTask task) {
        if (!task.item().isOfCaseType(MeetingCase.TYPE) || task.item().caseId() == null) {
            throw new ApiProblems.NotFound();
        }
        return task.item().caseId();
    }
}
