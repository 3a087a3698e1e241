package th.tidtam.matters.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.matters.MatterDetails;
import th.tidtam.matters.TriageCommand;
import th.tidtam.matters.TriageOutcome;
import th.tidtam.matters.service.MatterCase;
import th.tidtam.matters.service.MatterQueries;
import th.tidtam.matters.service.MatterTriage;
import th.tidtam.matters.service.MatterWork;
import th.tidtam.work.MyTask;
import th.tidtam.work.TaskHandler;

/**
 * The matter's tasks in My work ({@code /api/tasks/{id}}): {@code triageMatter} (ASSIGN, SPLIT, KEEP),
 * {@code acceptMatter} (ACCEPT, DECLINE with a reason), {@code reassignMatter} (ASSIGN, KEEP), {@code workOnMatter}
 * (FINAL with the report's text), {@code reviewMatterResult} (ACCEPT, RETURN with a note) and
 * {@code decideMatterExtension} (APPROVE, REFUSE).
 */
@Component
class MatterTaskHandler implements TaskHandler {

    /** What a matter task shows: the matter (complainant as the route allows), the part and the outcomes. */
    record MatterTaskContext(MatterDetails matter, Long partId, List<String> outcomes) {
    }

    /** The body of {@code POST /api/tasks/{id}/complete}. */
    record Completion(String outcome, Long unitId, LocalDate dueDate, List<TriageCommand.Share> shares, String note,
            String reason, String text) {
    }

    private static final Map<String, List<String>> OUTCOMES = Map.of(
            MatterCase.TASK_TRIAGE, List.of("ASSIGN", "SPLIT", "KEEP"),
            MatterCase.TASK_ACCEPT, List.of("ACCEPT", "DECLINE"),
            MatterCase.TASK_REASSIGN, List.of("ASSIGN", "KEEP"),
            MatterCase.TASK_WORK, List.of("FINAL"),
            MatterCase.TASK_REVIEW, List.of("ACCEPT", "RETURN"),
            MatterCase.TASK_EXTENSION, List.of("APPROVE", "REFUSE"));

    private final MatterQueries queries;
    private final MatterTriage triage;
    private final MatterWork work;
    private final ObjectMapper json;

    MatterTaskHandler(MatterQueries queries, MatterTriage triage, MatterWork work, ObjectMapper json) {
        this.queries = queries;
        this.triage = triage;
        this.work = work;
        this.json = json;
    }

    @Override
    public Set<String> taskKeys() {
        return OUTCOMES.keySet();
    }

    @Override
    public MatterTaskContext context(MyTask task) {
        return new MatterTaskContext(queries.details(matterId(task)), task.item().casePartId(),
                OUTCOMES.get(task.item().taskDefinitionKey()));
    }

    @Override
    public Class<Completion> completionType() {
        return Completion.class;
    }

    @Override
    public void complete(MyTask task, JsonNode body) {
        Completion c = TaskHandler.read(json, body, Completion.class);
        long matterId = matterId(task);
        String outcome = c.outcome() == null ? "" : c.outcome().trim().toUpperCase(Locale.ROOT);
        String key = task.item().taskDefinitionKey();
        if (!OUTCOMES.getOrDefault(key, List.of()).contains(outcome)) {
            throw new RuleViolation("task.error.outcome-unknown");
        }
        if (MatterCase.TASK_TRIAGE.equals(key)) {
            triage.triage(matterId, task.via(), new TriageCommand(TriageOutcome.valueOf(outcome), c.unitId(), c.dueDate(),
                    c.shares(), c.note()));
            return;
        }
        long partId = partId(task);
        switch (key) {
            case MatterCase.TASK_ACCEPT -> {
                if ("ACCEPT".equals(outcome)) {
                    triage.accept(partId, task.via());
                } else {
                    triage.decline(partId, task.via(), c.reason());
                }
            }
            case MatterCase.TASK_REASSIGN -> triage.reassign(partId, task.via(),
                    new TriageCommand(TriageOutcome.valueOf(outcome), c.unitId(), c.dueDate(), null, c.note()));
            case MatterCase.TASK_WORK -> work.finalReport(partId, task.via(), c.text());
            case MatterCase.TASK_REVIEW -> work.review(partId, task.via(), "ACCEPT".equals(outcome), c.note());
            case MatterCase.TASK_EXTENSION -> work.decideExtension(partId, task.via(), "APPROVE".equals(outcome), c.note());
            default -> throw new RuleViolation("task.error.wrong-kind");
        }
    }

    private static long matterId(MyTask task) {
        if (!task.item().isOfCaseType(MatterCase.TYPE) || task.item().caseId() == null) {
            throw new ApiProblems.NotFound();
        }
        return task.item().caseId();
    }

    private static long partId(MyTask task) {
        if (task.item().casePartId() == null) {
            throw new ApiProblems.NotFound();
        }
        return task.item().casePartId();
    }
}
