package th.tidtam.work;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.process.ConcurrentChange;

/**
 * One decision taken on many of my tasks at once ("acknowledge these twelve parts"), where the case type declares the
 * outcome needs nothing more ({@link TaskHandler#bulkOutcomes}). Each task is still looked up by the task guard and
 * completed by its own handler in a transaction of its own, so each is recorded exactly as when done alone and one
 * refusal never undoes the others; the answer says which were done and why the others were refused. The request as a
 * whole (no task, too many, a malformed id or outcome) is refused before any task is touched.
 */
@Service
public class BulkTasks {

    /** More than this in one request is refused outright: a screen never needs it, and a request must stay short. */
    public static final int MAX_TASKS = 500;

    /** Camunda's task ids (UUIDs or numbers); anything longer or stranger names no task. */
    private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9:._-]{1,64}");
    private static final Pattern OUTCOME = Pattern.compile("[A-Z_]{1,40}");
    private static final Logger LOG = LoggerFactory.getLogger(BulkTasks.class);

    /** A task that was not done, with the reason as a message key and its arguments. */
    public record Refusal(String taskId, String messageKey, List<Object> arguments) {

        public Refusal {
            arguments = List.copyOf(arguments);
        }

        static Refusal of(String taskId, String messageKey, Object... arguments) {
            return new Refusal(taskId, messageKey, List.of(arguments));
        }
    }

    /** What happened to each task asked for (duplicates counted once), in the order they were asked for. */
    public record Result(String outcome, List<String> done, List<Refusal> refused) {

        public Result {
            done = List.copyOf(done);
            refused = List.copyOf(refused);
        }
    }

    private final MyTasks myTasks;
    private final TaskRegistry registry;
    private final ObjectMapper json;
    private final TransactionTemplate ownTransaction;

    BulkTasks(MyTasks myTasks, TaskRegistry registry, ObjectMapper json, PlatformTransactionManager transactions) {
        this.myTasks = myTasks;
        this.registry = registry;
        this.json = json;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The outcome that every one of the given tasks offers in bulk, or empty: the screen shows a bulk action only
     * for tasks of one kind (one task key), and only the outcomes their case type declares.
     */
    public static Set<String> commonOutcomes(TaskRegistry registry, List<th.tidtam.process.WorkItem> items) {
        if (items.isEmpty()) {
            return Set.of();
        }
        String key = items.get(0).taskDefinitionKey();
        if (key == null || items.stream().anyMatch(i -> !key.equals(i.taskDefinitionKey()))) {
            return Set.of();
        }
        return registry.handler(items.get(0)).map(h -> h.bulkOutcomes(key)).orElse(Set.of());
    }

    /**
     * Completes each task with the outcome, one by one; never inside a caller's transaction (each task commits on
     * its own). Refuses the whole request, changing nothing, when it names no task, more than {@link #MAX_TASKS}, a
     * malformed task id or a malformed outcome.
     */
    public Result complete(List<String> taskIds, String outcome) {
        if (taskIds == null || taskIds.isEmpty()) {
            throw new RuleViolation("work.bulk.error.no-tasks");
        }
        if (taskIds.size() > MAX_TASKS) {
            throw new RuleViolation("work.bulk.error.too-many", MAX_TASKS, taskIds.size());
        }
        for (String id : taskIds) {
            if (id == null || !TASK_ID.matcher(id).matches()) {
                throw new RuleViolation("work.bulk.error.task-id");
            }
        }
        String wanted = outcome == null ? "" : outcome.trim().toUpperCase(Locale.ROOT);
        if (!OUTCOME.matcher(wanted).matches()) {
            throw new RuleViolation("task.error.outcome-unknown");
        }
        List<String> done = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        List<String> ids = List.copyOf(new LinkedHashSet<>(taskIds));
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            try {
                ConcurrentChange.retried(() -> ownTransaction.execute(status -> {
                    completeOne(id, wanted);
                    return null;
                }));
                done.add(id);
            } catch (RuleViolation violation) {
                refused.add(new Refusal(id, violation.messageKey(), List.of(violation.arguments())));
            } catch (ApiProblems.NotFound gone) {
                // not mine, no such task, or done a moment ago (a second click): the same answer for all three,
                // as for one task, so that ids of other positions' work reveal nothing
                refused.add(Refusal.of(id, "work.bulk.error.gone"));
            } catch (ConcurrencyFailureException busy) {
                refused.add(Refusal.of(id, "task.error.concurrent-change"));
            } catch (RuntimeException failure) {
                // an outage or a fault: what is done stays done and is reported; the rest is not attempted
                LOG.warn("Bulk {} stopped at task {} after {} done", wanted, id, done.size(), failure);
                refused.add(Refusal.of(id, "work.bulk.error.failed"));
                ids.subList(i + 1, ids.size()).forEach(rest -> refused.add(Refusal.of(rest, "work.bulk.error.not-tried")));
                break;
            }
        }
        return new Result(wanted, done, refused);
    }

    private void completeOne(String taskId, String outcome) {
        MyTask task = myTasks.mine(taskId).orElseThrow(ApiProblems.NotFound::new);
        TaskHandler handler = registry.handler(task.item()).orElseThrow(() -> new RuleViolation("work.bulk.error.not-bulk"));
        if (!handler.bulkOutcomes(task.item().taskDefinitionKey()).contains(outcome)) {
            throw new RuleViolation("work.bulk.error.not-bulk");
        }
        handler.complete(task, json.createObjectNode().put("outcome", outcome));
    }
}
