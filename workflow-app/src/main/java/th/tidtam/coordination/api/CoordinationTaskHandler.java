package th.tidtam.coordination.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.coordination.PartyAnswer;
import th.tidtam.coordination.RequestPage;
import th.tidtam.coordination.service.CoordinationAnswers;
import th.tidtam.coordination.service.CoordinationCase;
import th.tidtam.coordination.service.CoordinationClosing;
import th.tidtam.coordination.service.CoordinationQueries;
import th.tidtam.work.MyTask;
import th.tidtam.work.TaskHandler;

/**
 * The request's tasks over {@code /api/tasks/{id}}: an agency's answer (the text, a participant's nominee) and the
 * requester's consolidation — CLOSE with the result; presenting it to the governor is done by drafting a memo about
 * it ({@code presentAt}), which ends the task when it goes up.
 */
@Component
class CoordinationTaskHandler implements TaskHandler {

    record Context(RequestPage request, Long partyId, List<String> outcomes, String presentAt) {
    }

    /** answerCoordination: answer (+ nominee fields); consolidateCoordination: outcome CLOSE with the result. */
    record Completion(String outcome, String result, String answer, String nomineeName, String nomineePosition,
            String nomineePhone) {
    }

    private final CoordinationQueries queries;
    private final CoordinationAnswers answers;
    private final CoordinationClosing closing;
    private final ObjectMapper json;

    CoordinationTaskHandler(CoordinationQueries queries, CoordinationAnswers answers, CoordinationClosing closing,
            ObjectMapper json) {
        this.queries = queries;
        this.answers = answers;
        this.closing = closing;
        this.json = json;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(CoordinationCase.TASK_ANSWER, CoordinationCase.TASK_CONSOLIDATE);
    }

    @Override
    public Context context(MyTask task) {
        long id = requestId(task);
        boolean answer = CoordinationCase.TASK_ANSWER.equals(task.item().taskDefinitionKey());
        return new Context(queries.page(id), answer ? task.item().casePartId() : null,
                answer ? List.of("ANSWER") : List.of("CLOSE"),
                answer ? null : "memos/new?subject=" + CoordinationCase.TYPE + "&subjectId=" + id);
    }

    @Override
    public Class<Completion> completionType() {
        return Completion.class;
    }

    @Override
    public void complete(MyTask task, JsonNode body) {
        Completion c = TaskHandler.read(json, body, Completion.class);
        long id = requestId(task);
        if (CoordinationCase.TASK_ANSWER.equals(task.item().taskDefinitionKey())) {
            if (task.item().casePartId() == null) {
                throw new ApiProblems.NotFound();
            }
            answers.answerAsAgency(task.item().taskId(), task.item().casePartId(), task.via(),
                    new PartyAnswer(c.answer(), c.nomineeName(), c.nomineePosition(), c.nomineePhone(), null, null, null), List.of());
            return;
        }
        String outcome = c.outcome() == null ? "" : c.outcome().trim().toUpperCase(Locale.ROOT);
        if (!"CLOSE".equals(outcome)) {
            throw new RuleViolation("task.error.outcome-unknown");
        }
        closing.close(id, c.result());
    }

    private static long requestId(MyTask task) {
        if (!task.item().isOfCaseType(CoordinationCase.TYPE) || task.item().caseId() == null) {
            throw new ApiProblems.NotFound();
        }
        return task.item().caseId();
    }
}
