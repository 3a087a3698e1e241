package th.tidtam.directive.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.directive.Cadence;
import th.tidtam.directive.Progress;
import th.tidtam.directive.service.DirectiveCase;
import th.tidtam.directive.service.DirectiveQueries;
import th.tidtam.directive.service.DirectiveTasks;
import th.tidtam.directive.service.DirectiveViews;
import th.tidtam.directive.service.ExtensionTasks;
import th.tidtam.directive.service.ProgressReviewTasks;
import th.tidtam.directive.service.ScreeningAndClosure;
import th.tidtam.directive.service.UnitPartTasks;
import th.tidtam.work.MyTask;
import th.tidtam.work.TaskHandler;

/**
 * The directive's tasks over {@code /api/tasks/{id}}: the directive with the outcomes and fields each step accepts,
 * and the completion of each step.
 */
@Component
class DirectiveTaskHandler implements TaskHandler {

    record Field(String name, String type, boolean required) {
    }

    /** What a directive task shows next to the task, the position and the capacity. */
    record DirectiveTaskContext(DirectiveViews.Detail directive, List<String> outcomes, List<Field> fields) {
    }

    /** The body of {@code POST /api/tasks/{id}/complete} for every directive step; each step reads its own fields. */
    record Completion(String outcome, String note, LocalDate dueDate, Cadence cadence, List<Long> unitIds,
            Long delegateTo, Progress progress, Integer percent, String obstacle) {
    }

    private final ScreeningAndClosure screening;
    private final UnitPartTasks unitParts;
    private final ExtensionTasks extensions;
    private final ProgressReviewTasks reviews;
    private final DirectiveQueries directives;
    private final ObjectMapper json;

    DirectiveTaskHandler(ScreeningAndClosure screening, UnitPartTasks unitParts, ExtensionTasks extensions,
            ProgressReviewTasks reviews, DirectiveQueries directives, ObjectMapper json) {
        this.screening = screening;
        this.unitParts = unitParts;
        this.extensions = extensions;
        this.reviews = reviews;
        this.directives = directives;
        this.json = json;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(DirectiveTasks.SCREEN, DirectiveTasks.ANSWER, DirectiveTasks.ACKNOWLEDGE, DirectiveTasks.REPORT,
                DirectiveTasks.REPORT_DUE, DirectiveTasks.REVIEW, DirectiveTasks.SUBMIT_UNIT, DirectiveTasks.FOLLOW_UP,
                DirectiveTasks.EVIDENCE, DirectiveTasks.EXTENSION, DirectiveTasks.CLOSURE);
    }

    /**
     * The steps that need nothing but a yes: acknowledging a part (without delegating it), accepting a progress
     * report (a return needs a comment) and proposing closure once the evidence is in (the note is optional).
     */
    @Override
    public Set<String> bulkOutcomes(String taskKey) {
        return taskKey == null ? Set.of() : switch (taskKey) {
            case DirectiveTasks.ACKNOWLEDGE -> Set.of("ACKNOWLEDGE");
            case DirectiveTasks.REVIEW -> Set.of("ACCEPT");
            case DirectiveTasks.EVIDENCE -> Set.of("PROPOSE_CLOSURE");
            default -> Set.of();
        };
    }

    @Override
    public DirectiveTaskContext context(MyTask task) {
        if (!task.item().isOfCaseType(DirectiveCase.TYPE) || task.item().caseId() == null) {
            throw new ApiProblems.NotFound();
        }
        DirectiveViews.Detail directive = directives.detail(task.item().caseId()).orElseThrow(ApiProblems.NotFound::new);
        return switch (task.item().taskDefinitionKey()) {
            case DirectiveTasks.SCREEN -> new DirectiveTaskContext(directive, List.of("CONFIRM", "RETURN"), List.of(
                    new Field("note", "text (required to RETURN)", false), new Field("dueDate", "ISO date", false),
                    new Field("cadence", "Cadence", false)));
            case DirectiveTasks.ANSWER -> new DirectiveTaskContext(directive, List.of("ANSWER"),
                    List.of(new Field("note", "text", true)));
            case DirectiveTasks.ACKNOWLEDGE -> new DirectiveTaskContext(directive, List.of("ACKNOWLEDGE"),
                    List.of(new Field("delegateTo", "position id below mine (optional)", false)));
            case DirectiveTasks.REPORT -> new DirectiveTaskContext(directive, List.of("SUBMIT_FINAL"), List.of(new Field("note",
                    "text: the final report (or, when the part was delegated to me, my result for the unit head)", true)));
            case DirectiveTasks.REPORT_DUE -> new DirectiveTaskContext(directive, List.of("REPORT_PROGRESS"), List.of(
                    new Field("progress", "ON_TRACK|AT_RISK|BLOCKED", true), new Field("percent", "0..100", true),
                    new Field("note", "text", true), new Field("obstacle", "text (required when BLOCKED)", false)));
            case DirectiveTasks.REVIEW -> new DirectiveTaskContext(directive, List.of("ACCEPT", "RETURN"),
                    List.of(new Field("note", "comment (required to RETURN)", false)));
            case DirectiveTasks.SUBMIT_UNIT -> new DirectiveTaskContext(directive, List.of("SUBMIT", "RETURN"),
                    List.of(new Field("note", "the unit's final report, or why it goes back", true)));
            case DirectiveTasks.FOLLOW_UP -> new DirectiveTaskContext(directive, List.of("FOLLOWED_UP"),
                    List.of(new Field("note", "what was done to move the late part", true)));
            case DirectiveTasks.EVIDENCE -> new DirectiveTaskContext(directive, List.of("PROPOSE_CLOSURE"),
                    List.of(new Field("note", "text", false)));
            case DirectiveTasks.EXTENSION -> new DirectiveTaskContext(directive, List.of("GRANT", "REFUSE"), List.of(
                    new Field("dueDate", "ISO date (GRANT; default: as requested)", false),
                    new Field("note", "text (required to REFUSE)", false)));
            case DirectiveTasks.CLOSURE -> new DirectiveTaskContext(directive, List.of("CLOSE", "FURTHER_ACTION"), List.of(
                    new Field("note", "text (required for FURTHER_ACTION)", false),
                    new Field("unitIds", "unit ids (FURTHER_ACTION)", false),
                    new Field("dueDate", "ISO date (FURTHER_ACTION)", false)));
            default -> new DirectiveTaskContext(directive, List.of(), List.of());
        };
    }

    @Override
    public Class<Completion> completionType() {
        return Completion.class;
    }

    @Override
    public void complete(MyTask task, JsonNode json) {
        Completion body = TaskHandler.read(this.json, json, Completion.class);
        String id = task.item().taskId();
        String outcome = body.outcome() == null ? "" : body.outcome().trim().toUpperCase(Locale.ROOT);
        switch (task.item().taskDefinitionKey()) {
            case DirectiveTasks.SCREEN -> screening.screen(id, switch (outcome) {
                case "CONFIRM" -> DirectiveTasks.ScreeningOutcome.CONFIRM;
                case "RETURN" -> DirectiveTasks.ScreeningOutcome.RETURN;
                default -> throw new RuleViolation("task.error.outcome-unknown");
            }, body.note(), body.dueDate(), body.cadence());
            case DirectiveTasks.ANSWER -> screening.answer(id, body.note());
            case DirectiveTasks.ACKNOWLEDGE -> unitParts.acknowledge(id, body.delegateTo());
            case DirectiveTasks.REPORT -> unitParts.submitFinalReport(id, body.note());
            case DirectiveTasks.REPORT_DUE -> reviews.fileProgressReport(id, body.progress(), body.percent(), body.note(),
                    body.obstacle());
            case DirectiveTasks.REVIEW -> reviews.reviewProgressReport(id, switch (outcome) {
                case "ACCEPT" -> DirectiveTasks.ReviewOutcome.ACCEPT;
                case "RETURN" -> DirectiveTasks.ReviewOutcome.RETURN;
                default -> throw new RuleViolation("task.error.outcome-unknown");
            }, body.note());
            case DirectiveTasks.SUBMIT_UNIT -> unitParts.submitUnitReport(id, switch (outcome) {
                case "SUBMIT" -> DirectiveTasks.UnitReportOutcome.SUBMIT;
                case "RETURN" -> DirectiveTasks.UnitReportOutcome.RETURN;
                default -> throw new RuleViolation("task.error.outcome-unknown");
            }, body.note());
            case DirectiveTasks.FOLLOW_UP -> unitParts.followUp(id, body.note());
            case DirectiveTasks.EVIDENCE -> screening.proposeClosure(id, body.note());
            case DirectiveTasks.EXTENSION -> extensions.decideExtension(id, switch (outcome) {
                case "GRANT" -> DirectiveTasks.ExtensionOutcome.GRANT;
                case "REFUSE" -> DirectiveTasks.ExtensionOutcome.REFUSE;
                default -> throw new RuleViolation("task.error.outcome-unknown");
            }, body.dueDate(), body.note());
            case DirectiveTasks.CLOSURE -> screening.decideClosure(id, switch (outcome) {
                case "CLOSE" -> DirectiveTasks.ClosureOutcome.CLOSE;
                case "FURTHER_ACTION" -> DirectiveTasks.ClosureOutcome.FURTHER_ACTION;
                default -> throw new RuleViolation("task.error.outcome-unknown");
            }, body.note(), body.unitIds(), body.dueDate());
            default -> throw new RuleViolation("task.error.wrong-kind");
        }
    }
}
