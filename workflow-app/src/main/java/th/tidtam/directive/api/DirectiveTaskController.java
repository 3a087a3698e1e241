package th.tidtam.directive.api;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.directive.Progress;
import th.tidtam.directive.service.DirectiveTasks;
import th.tidtam.directive.service.ExtensionTasks;
import th.tidtam.directive.service.ProgressReviewTasks;
import th.tidtam.directive.service.UnitPartTasks;
import th.tidtam.process.ConcurrentChange;

/**
 * What the worker of a directive's part does on a task without finishing it: ask for more time, report progress,
 * hand the part down the chain, wait on another agency. Under {@code /api/tasks/{id}} like the generic task endpoints;
 * a task that is not mine is 404, like one that does not exist.
 */
@RestController
@RequestMapping("/api/tasks")
class DirectiveTaskController {

    record ExtensionRequest(String reason, LocalDate dueDate) {
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

    private final DirectiveTasks tasks;
    private final UnitPartTasks unitParts;
    private final ExtensionTasks extensions;
    private final ProgressReviewTasks reviews;

    DirectiveTaskController(DirectiveTasks tasks, UnitPartTasks unitParts, ExtensionTasks extensions,
            ProgressReviewTasks reviews) {
        this.tasks = tasks;
        this.unitParts = unitParts;
        this.extensions = extensions;
        this.reviews = reviews;
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
        return ConcurrentChange.retried(() -> {
            tasks.mine(id).orElseThrow(() -> new ApiProblems.NotFound("task.error.not-found-or-done"));
            Long report = reviews.fileProgressReport(id, body.progress(), body.percent(), body.note(), body.obstacle());
            return ResponseEntity.status(201).body(new Created(report));
        });
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
    @DeleteMapping("/{id}/waiting")
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
}
