package th.tidtam.work.api;

import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.work.BulkTasks;

/**
 * One outcome on many of my tasks ({@code POST /api/tasks/bulk}): each task checked and completed alone, the answer
 * listing what was done and what was refused, with the reason in Thai and English.
 */
@RestController
@RequestMapping("/api/tasks")
class BulkTasksController {

    @Schema(description = "Up to 500 task ids of mine and the body every one of them is completed with: only the outcome, "
            + "one the tasks' case type offers in bulk (a directive: ACKNOWLEDGE a part, ACCEPT a progress report, "
            + "PROPOSE_CLOSURE)")
    record BulkRequest(List<String> taskIds, JsonNode body) {
    }

    /** A task that was not done and why. */
    record Refused(String taskId, String code, @JsonProperty("message_th") String messageTh,
            @JsonProperty("message_en") String messageEn) {
    }

    record BulkAnswer(String outcome, int requested, List<String> done, List<Refused> refused) {
    }

    private final BulkTasks bulk;
    private final Translations translations;

    BulkTasksController(BulkTasks bulk, Translations translations) {
        this.bulk = bulk;
        this.translations = translations;
    }

    @Operation(summary = "Completes up to 500 of my tasks with the same outcome, each checked, done and recorded on its "
            + "own; answers which were done and which were refused with the reason (not mine or already done, not "
            + "offered in bulk, refused by the step's rules). More than 500, none, or a body with more than the outcome: "
            + "400 and nothing done")
    @PostMapping("/bulk")
    BulkAnswer complete(@RequestBody BulkRequest request) {
        JsonNode body = request.body();
        // a bulk decision carries nothing but the outcome: a note or a delegate chosen once for many tasks is a
        // decision about each of them, taken on its own screen
        if (body == null || !body.isObject() || body.size() != 1 || !body.path("outcome").isTextual()) {
            throw new RuleViolation("work.bulk.error.only-outcome");
        }
        BulkTasks.Result result = bulk.complete(request.taskIds(), body.get("outcome").asText());
        return new BulkAnswer(result.outcome(), result.done().size() + result.refused().size(), result.done(),
                result.refused().stream().map(r -> new Refused(r.taskId(), r.messageKey(),
                        translations.getTranslation(r.messageKey(), Translations.THAI, r.arguments().toArray()),
                        translations.getTranslation(r.messageKey(), Translations.ENGLISH, r.arguments().toArray())))
                        .toList());
    }
}
