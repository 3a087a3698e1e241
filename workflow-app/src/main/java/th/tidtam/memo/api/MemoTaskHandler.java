package th.tidtam.memo.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.memo.service.DecideMemo;
import th.tidtam.memo.service.MemoCase;
import th.tidtam.memo.service.MemoChain;
import th.tidtam.memo.service.MemoDecisions;
import th.tidtam.memo.service.MemoDetails;
import th.tidtam.memo.service.MemoDrafting;
import th.tidtam.memo.service.MemoQueries;
import th.tidtam.work.MyTask;
import th.tidtam.work.TaskHandler;

/**
 * The memo's tasks in My work ({@code /api/tasks/{id}}): {@code annotateMemo} (PRESENT, RETURN, DECIDE) and
 * {@code correctMemo} (RESUBMIT, WITHDRAW), completed through the same services as the memo's own endpoints.
 */
@Component
class MemoTaskHandler implements TaskHandler {

    /** What a memo task shows: the memo with its annotations and the outcomes this step accepts. */
    record MemoTaskContext(MemoDetails memo, List<String> outcomes) {
    }

    /** The body of {@code POST /api/tasks/{id}/complete}; the decision fields only for DECIDE. */
    record Completion(String outcome, String note, String purpose, String decision, Long leadUnitId,
            List<Long> supportingUnitIds, LocalDate dueDate) {
    }

    private final MemoQueries queries;
    private final MemoChain chain;
    private final MemoDecisions decisions;
    private final MemoDrafting drafting;
    private final ObjectMapper json;

    MemoTaskHandler(MemoQueries queries, MemoChain chain, MemoDecisions decisions, MemoDrafting drafting, ObjectMapper json) {
        this.queries = queries;
        this.chain = chain;
        this.decisions = decisions;
        this.drafting = drafting;
        this.json = json;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(MemoCase.TASK_ANNOTATE, MemoCase.TASK_CORRECT);
    }

    @Override
    public MemoTaskContext context(MyTask task) {
        MemoDetails memo = queries.details(memoId(task));
        return new MemoTaskContext(memo, MemoCase.TASK_CORRECT.equals(task.item().taskDefinitionKey())
                ? List.of("RESUBMIT", "WITHDRAW")
                : memo.actions().decide() && !memo.actions().present() ? List.of("RETURN", "DECIDE")
                : memo.actions().decide() ? List.of("PRESENT", "RETURN", "DECIDE") : List.of("PRESENT", "RETURN"));
    }

    @Override
    public Class<Completion> completionType() {
        return Completion.class;
    }

    @Override
    public void complete(MyTask task, JsonNode body) {
        Completion c = TaskHandler.read(json, body, Completion.class);
        long id = memoId(task);
        String outcome = c.outcome() == null ? "" : c.outcome().trim().toUpperCase(Locale.ROOT);
        switch (task.item().taskDefinitionKey()) {
            case MemoCase.TASK_ANNOTATE -> {
                switch (outcome) {
                    case "PRESENT" -> chain.present(id, c.purpose(), c.note());
                    case "RETURN" -> chain.returnForCorrection(id, c.note());
                    case "DECIDE" -> decisions.decide(id, new DecideMemo(c.decision(), c.note(), c.leadUnitId(),
                            c.supportingUnitIds(), c.dueDate()));
                    default -> throw new RuleViolation("task.error.outcome-unknown");
                }
            }
            case MemoCase.TASK_CORRECT -> {
                switch (outcome) {
                    case "RESUBMIT" -> drafting.submit(id, c.note());
                    case "WITHDRAW" -> drafting.withdraw(id, c.note());
                    default -> throw new RuleViolation("task.error.outcome-unknown");
                }
            }
            default -> throw new RuleViolation("task.error.wrong-kind");
        }
    }

    private static long memoId(MyTask task) {
        if (!task.item().isOfCaseType(MemoCase.TYPE) || task.item().caseId() == null) {
            throw new ApiProblems.NotFound();
        }
        return task.item().caseId();
    }
}
