package th.tidtam.work.api;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.process.ConcurrentChange;
import th.tidtam.process.InboxFilter;
import th.tidtam.process.WorkItem;
import th.tidtam.work.MyTask;
import th.tidtam.work.MyTasks;
import th.tidtam.work.MyWork;
import th.tidtam.work.TaskHandler;
import th.tidtam.work.TaskRegistry;

/**
 * My open tasks over HTTP, of every case type; a task that is not mine is 404, like one that does not exist. What a
 * task shows and how it is completed is its case type's {@link TaskHandler}; the case type's own task endpoints
 * (e.g. a directive part's progress reports) are its own controllers under the same path.
 */
@RestController
@RequestMapping("/api/tasks")
class TasksController {

    /** The task, the position through which it is mine and in which capacity, then what its case type adds. */
    @Schema(description = "The task, the position through which it is mine and in which capacity; then the properties its "
            + "case type adds (a directive's task: directive, outcomes, fields)",
            additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
    record TaskContext(TaskRow task, String positionCode, String capacity,
            @Schema(hidden = true) @JsonUnwrapped Object details) {
    }

    private final MyWork work;
    private final MyTasks myTasks;
    private final TaskRegistry registry;
    private final ObjectMapper json;

    TasksController(MyWork work, MyTasks myTasks, TaskRegistry registry, ObjectMapper json) {
        this.work = work;
        this.myTasks = myTasks;
        this.registry = registry;
        this.json = json;
    }

    @GetMapping
    List<TaskRow> mine(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) String q) {
        return work.page(q == null ? InboxFilter.none() : InboxFilter.none().containing(q), Math.max(0, offset), limit)
                .stream().map(this::row).toList();
    }

    @GetMapping("/{id}")
    TaskContext get(@PathVariable String id) {
        MyTask task = myTasks.mine(id).orElseThrow(ApiProblems.NotFound::new);
        TaskHandler handler = registry.handler(task.item()).orElseThrow(ApiProblems.NotFound::new);
        return new TaskContext(row(task.item()), task.via().code(), task.via().capacity().name(), handler.context(task));
    }

    @PostMapping("/{id}/complete")
    ResponseEntity<Void> complete(@PathVariable String id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The outcome and the fields the task's "
                    + "context lists (GET /api/tasks/{id}: outcomes, fields)", content = @Content(schema = @Schema(
                            type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE)))
            @RequestBody JsonNode body) {
        // a body no case type could read is refused before the task is looked at, whoever's task it is (as a typed
        // request body is): the answer tells nothing about the task
        if (body == null || !body.isObject() || registry.handlers().stream().noneMatch(h -> readable(body, h))) {
            throw new RuleViolation("error.unreadable-request");
        }
        return ConcurrentChange.retried(() -> {
            MyTask task = myTasks.mine(id).orElseThrow(() -> new ApiProblems.NotFound("task.error.not-found-or-done"));
            registry.handler(task.item()).orElseThrow(() -> new RuleViolation("task.error.wrong-kind")).complete(task, body);
            return ResponseEntity.noContent().build();
        });
    }

    private boolean readable(JsonNode body, TaskHandler handler) {
        try {
            TaskHandler.read(json, body, handler.completionType());
            return true;
        } catch (RuleViolation unreadable) {
            return false;
        }
    }

    private TaskRow row(WorkItem item) {
        return new TaskRow(item, registry.caseFields(item));
    }
}
