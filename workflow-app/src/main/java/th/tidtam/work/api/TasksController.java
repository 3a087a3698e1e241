package th.tidtam.work.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.directive.Cadence;
import th.tidtam.directive.Progress;
import th.tidtam.directive.service.DirectiveQueries;
import th.tidtam.directive.service.DirectiveTasks;
import th.tidtam.directive.service.ProgressReviewTasks;
import th.tidtam.directive.service.ExtensionTasks;
import th.tidtam.directive.service.UnitPartTasks;
import th.tidtam.directive.service.ScreeningAndClosure;
import th.tidtam.directive.service.DirectiveTasks.MyTask;
import th.tidtam.directive.service.DirectiveViews;
import th.tidtam.process.InboxFilter;
import th.tidtam.process.WorkItem;
import th.tidtam.work.MyWork;

/** My open tasks over HTTP; a task that is not mine is 404, like one that does not exist. */
@RestController
@RequestMapping("/api/tasks")
class TasksController {

    record Field(String name, String type, boolean required) {
    }

    record TaskContext(WorkItem task, String positionCode, String capacity, DirectiveViews.Detail directive,
            List<String> outcomes, List<Field> fields) {
    }

    record Completion(String outcome, String note, LocalDate dueDate, Cadence cadence, List<Long> unitIds,
            Long delegateTo, Progress progress, Integer percent, String obstacle) {
    }

    record ProgressReportRequest(Progress progress, Integer percent, String note, String obstacle) {
    }

    record Created(Long id) {
    }

    record Delegation(Long positionId) {
    }

    record Waiting(Long unitId, String reason) {
    }

    record DelegateCandidate(Long id, String code, String titleTh, String titleEn, String unitNameTh, String unitNameEn) {
    }

    private final MyWork work;
    private final DirectiveTasks tasks;
    private final ScreeningAndClosure screening;
    private final UnitPartTasks unitParts;
    private final ExtensionTasks extensions;
    private final ProgressReviewTasks progressReviews;
    private final DirectiveQueries directives;

    TasksController(MyWork work, DirectiveTasks tasks, ScreeningAndClosure screening, UnitPartTasks unitParts, ExtensionTasks extensions, ProgressReviewTasks progressReviews, DirectiveQueries directives) {
        this.work = work;
        this.tasks = tasks;
        this.screening = screening;
        this.unitParts = unitParts;
        this.extensions = extensions;
        this.progressReviews = progressReviews;
        this.directives = directives;
    }

    @GetMapping
    List<WorkItem> mine(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) String q) {
        return work.page(q == null ? InboxFilter.none() : InboxFilter.none().containing(q), Math.max(0, offset), limit);
    }

    @GetMapping("/{id}")
    TaskContext get(@PathVariable String id) {
        MyTask task = tasks.mine(id).orElseThrow(ApiProblems.NotFound::new);
        DirectiveViews.Detail directive = directives.detail(task.item().directiveId()).orElseThrow(ApiProblems.NotFound::new);
        return switch (task.item().taskDefinitionKey()) {
            case DirectiveTasks.SCREEN -> new TaskContext(task.item(), task.via().code(), task.via().capacity().name(),
                    directive, List.of("CONFIRM", "RETURN"), List.of(new Field("note", "text (required to RETURN)", false),
                            new Field("dueDate", "ISO date", false), new Field("cadence", "Cadence", false)));
            case DirectiveTasks.ANSWER -> new TaskContext(task.item(), task.via().code(), task.via().capacity().name(),
                    directive, List.of("ANSWER"), List.of(new Field("note", "text", true)));
            case DirectiveTasks.ACKNOWLEDGE -> new TaskContext(task.item(), task.via().code(), task.via().capacity().name(),
                    directive, List.of("ACKNOWLEDGE"), List.of(new Field("delegateTo", "position id below mine (optional)", false)));
            case DirectiveTasks.REPORT -> new TaskContext(task.item(), task.via().code(), task.via().capacity().name(),
                    directive, List.of("SUBMIT_FINAL"), List.of(new Field("note", "text: the final report (or, when the part "
                            + "was delegated to me, my result for the unit head)", true)));
            case DirectiveTasks.REPORT_DUE -> new TaskContext(task.item(), task.via().code(), task.via().capacity().name(),
                    directive, List.of("REPORT_PROGRESS"), List.of(new Field("progress", "ON_TRACK|AT_RISK|BLOCKED", true),
                            new Field("percent", "0..100", true), new Field("note", "text", true),
                            new Field("obstacle", "text (required when BLOCKED)", false)));
            case DirectiveTasks.REVIEW -> new TaskContext(task.item(), task.via().code(), task.via().capacity().name(),
                    directive, List.of("ACCEPT", "RETURN"), List.of(new Field("note", "comment (required to RETURN)", false)));
            case DirectiveTasks.SUBMIT_UNIT -> new TaskContext(task.item(), task.via().code(), task.via().capacity().name(),
                    directive, List.of("SUBMIT", "RETURN"), List.of(new Field("note", "the unit's final report, or why it goes back", true)));
            case DirectiveTasks.FOLLOW_UP -> new TaskContext(task.item(), task.via().code(), task.via().capacity().name(),
                    directive, List.of("FOLLOWED_UP"), List.of(new Field("note", "what was done to move the late part", true)));
            case DirectiveTasks.EVIDENCE -> new TaskContext(task.item(), task.via().code(), task.via().capacity().name(),
                    directive, List.of("PROPOSE_CLOSURE"), List.of(new Field("note", "text", false)));
            case DirectiveTasks.EXTENSION -> new TaskContext(task.item(), task.via().code(), task.via().capacity().name(),
                    directive, List.of("GRANT", "REFUSE"), List.of(new Field("dueDate", "ISO date (GRANT; default: as requested)", false),
                            new Field("note", "text (required to REFUSE)", false)));
            case DirectiveTasks.CLOSURE -> new TaskContext(task.item(), task.via().code(), task.via().capacity().name(),
                    directive, List.of("CLOSE", "FURTHER_ACTION"), List.of(new Field("note", "text (required for FURTHER_ACTION)", false),
                            new Field("unitIds", "unit ids (FURTHER_ACTION)", false), new Field("dueDate", "ISO date (FURTHER_ACTION)", false)));
            default -> new TaskContext(task.item(), task.via().code(), task.via().capacity().name(), directive, List.of(),
                    List.of());
        };
    }

    record ExtensionRequest(String reason, LocalDate dueDate) {
    }

    /** The holder of a unit's part asks for more time; the task stays open while the head of office decides. */
    @PostMapping("/{id}/extension")
    ResponseEntity<Void> requestExtension(@PathVariable String id, @RequestBody ExtensionRequest body) {
        tasks.mine(id).orElseThrow(() -> new ApiProblems.NotFound("task.error.not-found-or-done"));
        extensions.requestExtension(id, body.reason(), body.dueDate());
        return ResponseEntity.accepted().build();
    }

    /** A progress report on the part of this task; the task stays open (a report-due task is fulfilled by it). */
    @PostMapping("/{id}/progress")
    ResponseEntity<Created> reportProgress(@PathVariable String id, @RequestBody ProgressReportRequest body) {
        return retried(() -> {
            tasks.mine(id).orElseThrow(() -> new ApiProblems.NotFound("task.error.not-found-or-done"));
            Long report = progressReviews.fileProgressReport(id, body.progress(), body.percent(), body.note(), body.obstacle());
            return ResponseEntity.status(201).body(new Created(report));
        });
    }

    /**
     * Runs a whole transaction again when the engine met a concurrent change of the same process (e.g. two units of
     * one directive finishing at the same moment): nothing was changed, and the next attempt either succeeds or
     * finds the task done. Each failed attempt means that another request on the same directive committed, so five
     * attempts carry five units finishing at the same moment; then the user gets the clear message.
     */
    private static <T> T retried(java.util.function.Supplier<T> request) {
        for (int attempt = 1;; attempt++) {
            try {
                return request.get();
            } catch (th.tidtam.process.ConcurrentChange e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** Hands the part of this task down the chain of command. */
    @PostMapping("/{id}/delegate")
    ResponseEntity<Void> delegate(@PathVariable String id, @RequestBody Delegation body) {
        tasks.mine(id).orElseThrow(() -> new ApiProblems.NotFound("task.error.not-found-or-done"));
        unitParts.delegate(id, body.positionId());
        return ResponseEntity.noContent().build();
    }

    /** Marks the part of this task as waiting on another agency's input; the days waited are kept apart. */
    @PostMapping("/{id}/waiting")
    ResponseEntity<Void> startWaiting(@PathVariable String id, @RequestBody Waiting body) {
        tasks.mine(id).orElseThrow(() -> new ApiProblems.NotFound("task.error.not-found-or-done"));
        unitParts.startWaiting(id, body.unitId(), body.reason());
        return ResponseEntity.noContent().build();
    }

    /** The awaited input has come. */
    @org.springframework.web.bind.annotation.DeleteMapping("/{id}/waiting")
    ResponseEntity<Void> stopWaiting(@PathVariable String id) {
        tasks.mine(id).orElseThrow(() -> new ApiProblems.NotFound("task.error.not-found-or-done"));
        unitParts.stopWaiting(id);
        return ResponseEntity.noContent().build();
    }

    /** Where the part of this task may be delegated: filled positions below whoever works it now. */
    @GetMapping("/{id}/delegates")
    List<DelegateCandidate> delegates(@PathVariable String id) {
        return unitParts.delegateCandidates(id).stream().map(p -> new DelegateCandidate(p.id(), p.code(), p.titleTh(),
                p.titleEn(), p.unitNameTh(), p.unitNameEn())).toList();
    }

    @PostMapping("/{id}/complete")
    ResponseEntity<Void> complete(@PathVariable String id, @RequestBody Completion body) {
        return retried(() -> completeOnce(id, body));
    }

    private ResponseEntity<Void> completeOnce(String id, Completion body) {
        MyTask task = tasks.mine(id).orElseThrow(() -> new ApiProblems.NotFound("task.error.not-found-or-done"));
        String outcome = body.outcome() == null ? "" : body.outcome().trim().toUpperCase(Locale.ROOT);
        switch (task.item().taskDefinitionKey()) {
            case DirectiveTasks.SCREEN -> {
                DirectiveTasks.ScreeningOutcome o = switch (outcome) {
                    case "CONFIRM" -> DirectiveTasks.ScreeningOutcome.CONFIRM;
                    case "RETURN" -> DirectiveTasks.ScreeningOutcome.RETURN;
                    default -> throw new RuleViolation("task.error.outcome-unknown");
                };
                screening.screen(id, o, body.note(), body.dueDate(), body.cadence());
            }
            case DirectiveTasks.ANSWER -> screening.answer(id, body.note());
            case DirectiveTasks.ACKNOWLEDGE -> unitParts.acknowledge(id, body.delegateTo());
            case DirectiveTasks.REPORT -> unitParts.submitFinalReport(id, body.note());
            case DirectiveTasks.REPORT_DUE -> progressReviews.fileProgressReport(id, body.progress(), body.percent(), body.note(),
                    body.obstacle());
            case DirectiveTasks.REVIEW -> progressReviews.reviewProgressReport(id, switch (outcome) {
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
            case DirectiveTasks.EXTENSION -> {
                DirectiveTasks.ExtensionOutcome o = switch (outcome) {
                    case "GRANT" -> DirectiveTasks.ExtensionOutcome.GRANT;
                    case "REFUSE" -> DirectiveTasks.ExtensionOutcome.REFUSE;
                    default -> throw new RuleViolation("task.error.outcome-unknown");
                };
                extensions.decideExtension(id, o, body.dueDate(), body.note());
            }
            case DirectiveTasks.CLOSURE -> {
                DirectiveTasks.ClosureOutcome o = switch (outcome) {
                    case "CLOSE" -> DirectiveTasks.ClosureOutcome.CLOSE;
                    case "FURTHER_ACTION" -> DirectiveTasks.ClosureOutcome.FURTHER_ACTION;
                    default -> throw new RuleViolation("task.error.outcome-unknown");
                };
                screening.decideClosure(id, o, body.note(), body.unitIds(), body.dueDate());
            }
            default -> throw new RuleViolation("task.error.wrong-kind");
        }
        return ResponseEntity.noContent().build();
    }
}
