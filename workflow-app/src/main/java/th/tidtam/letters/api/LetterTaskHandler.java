package th.tidtam.letters.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.letters.LetterPage;
import th.tidtam.letters.service.IncomingRegister;
import th.tidtam.letters.service.LetterCase;
import th.tidtam.letters.service.LetterHandling;
import th.tidtam.work.MyTask;
import th.tidtam.work.TaskHandler;

/**
 * The incoming letter's task over {@code /api/tasks/{id}}: the letter with the outcomes the step accepts — FILE with
 * the action taken, HAND to another position with a note. Presenting it up is done by drafting a memo about it
 * ({@code presentAt}); the memo completes this task when it goes up.
 */
@Component
class LetterTaskHandler implements TaskHandler {

    record LetterTaskContext(LetterPage letter, List<String> outcomes, String presentAt) {
    }

    /** The body of {@code POST /api/tasks/{id}/complete}: FILE (action) or HAND (positionId, note). */
    record Completion(String outcome, String action, Long positionId, String note) {
    }

    private final IncomingRegister register;
    private final LetterHandling handling;
    private final ObjectMapper json;

    LetterTaskHandler(IncomingRegister register, LetterHandling handling, ObjectMapper json) {
        this.register = register;
        this.handling = handling;
        this.json = json;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(LetterCase.TASK_HANDLE);
    }

    @Override
    public LetterTaskContext context(MyTask task) {
        long id = letterId(task);
        return new LetterTaskContext(register.page(id), List.of("FILE", "HAND"),
                "memos/new?subject=" + LetterCase.TYPE + "&subjectId=" + id);
    }

    @Override
    public Class<Completion> completionType() {
        return Completion.class;
    }

    @Override
    public void complete(MyTask task, JsonNode body) {
        Completion c = TaskHandler.read(json, body, Completion.class);
        long id = letterId(task);
        String outcome = c.outcome() == null ? "" : c.outcome().trim().toUpperCase(Locale.ROOT);
        switch (outcome) {
            case "FILE" -> handling.file(id, c.action());
            case "HAND" -> handling.handTo(id, c.positionId(), c.note());
            default -> throw new RuleViolation("task.error.outcome-unknown");
        }
    }

    private static long letterId(MyTask task) {
        if (!task.item().isOfCaseType(LetterCase.TYPE) || task.item().caseId() == null) {
            throw new ApiProblems.NotFound();
        }
        return task.item().caseId();
    }
}
