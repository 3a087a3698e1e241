package th.tidtam.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tidtam.process.InboxFilter;
import th.tidtam.process.WorkInbox;

/**
 * P1: the "My work" inbox of a busy holder (a district chief acting in two more posts), first page of 50, against two
 * baselines measured in the same run on the same data:
 * <ul>
 * <li>the engine's task query by candidate groups with the engine's authorization off (as the application runs it);
 * <li>the query Camunda's own Tasklist runs for that user in a deployment without Tidtam: authorization <b>on</b>
 * (every query joins {@code ACT_RU_AUTHORIZATION}), the user's candidate groups, the user as candidate and as assignee
 * in one {@code or}, assigned tasks included, by due date. Such a deployment has one task authorization per identity
 * link (Camunda's {@code DefaultAuthorizationProvider} writes it when the link is added with authorization on); the
 * generator writes them in bulk beside the links ({@link BulkData#openTasks}).
 * </ul>
 * Both baselines must count the same tasks as our inbox before anything is timed.
 */
final class InboxMeasure {

    /** Camunda's user id of the busy holder in the Tasklist baseline (no tasks of its own: all come from groups). */
    static final String TASKLIST_USER = "bench.busy-holder";

    private final ConfigurableApplicationContext app;
    private final boolean full;
    private final List<String> lines;
    private final JdbcTemplate jdbc;

    InboxMeasure(ConfigurableApplicationContext app, boolean full, List<String> lines) {
        this.app = app;
        this.full = full;
        this.lines = lines;
        this.jdbc = app.getBean(JdbcTemplate.class);
    }

    private void print(String line) {
        BenchmarkMain.print(lines, line);
    }

    void run() {
        WorkInbox inbox = app.getBean(WorkInbox.class);
        TaskService taskService = app.getBean(TaskService.class);
        for (Scale scale : List.of(Scale.province10yInbox(), Scale.national1y(full))) {
            BulkData bulk = new BulkData(jdbc, BenchmarkMain.SEED);
            long t0 = System.nanoTime();
            String prefix = scale.provinces() == 1 ? "PV" : "NA";
            List<String> positions = bulk.chainOfCommand(scale, prefix);
            // a busy holder: a district chief who also acts in two vacant posts
            List<String> busy = List.of(positions.get(7), positions.get(8), positions.get(9));
            bulk.openTasks(scale, prefix, positions, busy);
            long openTasks = jdbc.queryForObject("select count(*) from ACT_RU_TASK", Long.class);
            long authorizations = jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = 7",
                    Long.class);
            print(String.format(Locale.ROOT, "# P1 data %s: %,d positions, %,d open tasks in all, %,d task authorizations, "
                    + "generated in %.1f s", scale.name(), positions.size(), openTasks, authorizations,
                    (System.nanoTime() - t0) / 1e9));

            int ours = inbox.count(busy, InboxFilter.none());
            long theirs = taskService.createTaskQuery().taskCandidateGroupIn(busy).count();
            if (ours != theirs) {
                throw new IllegalStateException("P1: the inbox holds " + ours + " tasks, the engine " + theirs);
            }
            long[] counts = new long[VARIANTS.size()];
            int variant = -1;
            for (int v = 0; v < VARIANTS.size(); v++) {
                int which = v;
                counts[v] = asTasklistUser(busy, () -> tasklistQuery(taskService, busy, which).count());
                if (variant < 0 && counts[v] == ours) {
                    variant = v;
                }
            }
            long withoutAuthorization = tasklistQuery(taskService, busy, 0).count();
            print(String.format(Locale.ROOT, "# P1 %s counts: inbox %d; with authorization on: %s %d, %s %d, %s %d; "
                    + "the first without authorization %d", scale.name(), ours, VARIANTS.get(0), counts[0],
                    VARIANTS.get(1), counts[1], VARIANTS.get(2), counts[2], withoutAuthorization));
            Stats our = Stats.measure(50, full ? 1_000 : 200, () -> inbox.forPositions(busy, InboxFilter.none(), 0, 50));
            Stats base = Stats.measure(3, full ? 60 : 20, () -> taskService.createTaskQuery().taskCandidateGroupIn(busy)
                    .orderByDueDate().asc().listPage(0, 50));
            print(String.format(Locale.ROOT, "P1 inbox %s (%,d open tasks; busy holder of 3 positions with %,d tasks; first "
                    + "page of 50) ours %s baseline(TaskService by candidate groups) %s ratio=%.1f", scale.name(), openTasks,
                    ours, our.millis(), base.millis(), base.p95() / our.p95()));
            // ours again right beside it: the machine is shared, so each ratio compares timings taken back-to-back
            Stats our2 = Stats.measure(50, full ? 1_000 : 200, () -> inbox.forPositions(busy, InboxFilter.none(), 0, 50));
            if (variant < 0) {
                print("# P1 inbox vs Tasklist " + scale.name() + " not measured: no variant of Tasklist's query with "
                        + "authorization on counts the inbox's tasks");
                continue;
            }
            int chosen = variant;
            // few samples: with authorization on, each query joins every task grant (seconds at national scale), and
            // quick mode must stay within its ten minutes
            Stats camunda = asTasklistUser(busy, () -> Stats.measure(1, full ? 10 : 5,
                    () -> tasklistQuery(taskService, busy, chosen).listPage(0, 50)));
            print(String.format(Locale.ROOT, "P1 inbox vs Tasklist %s (%,d open tasks, %,d task authorizations; same holder, "
                    + "%,d tasks; first page of 50) ours %s baseline(Camunda Tasklist's query: authorization on, %s, by due "
                    + "date) %s ratio=%.1f", scale.name(), openTasks, authorizations, ours, our2.millis(),
                    VARIANTS.get(chosen), camunda.millis(), camunda.p95() / our2.p95()));
        }
    }

    /**
     * What Tasklist asks for "my tasks and my group tasks", tried in this order: candidate groups or candidate user
     * or assignee (assigned tasks included); without the candidate user; candidate groups alone. The run measures the
     * first that counts the same tasks as our inbox and names it (the candidate user's groups come from the identity
     * service, where this generated holder is nobody). Ordered by due date, as the inbox.
     */
    private static final List<String> VARIANTS = List.of("candidate groups or candidate user or assignee",
            "candidate groups or assignee", "candidate groups");

    private static TaskQuery tasklistQuery(TaskService taskService, List<String> groups, int variant) {
        // (assigned tasks are included inside the "or": the engine requires a candidate criterion beside it)
        TaskQuery q = switch (variant) {
            case 0 -> taskService.createTaskQuery().or().taskCandidateGroupIn(groups).taskCandidateUser(TASKLIST_USER)
                    .includeAssignedTasks().taskAssignee(TASKLIST_USER).endOr();
            case 1 -> taskService.createTaskQuery().or().taskCandidateGroupIn(groups).includeAssignedTasks()
                    .taskAssignee(TASKLIST_USER).endOr();
            default -> taskService.createTaskQuery().taskCandidateGroupIn(groups);
        };
        return q.orderByDueDate().asc();
    }

    /**
     * Runs {@code query} with the engine's authorization checks on and the holder authenticated with their groups, as
     * Tasklist's REST calls run; the application's engine runs with authorization off, restored afterwards.
     */
    private <T> T asTasklistUser(List<String> groups, Supplier<T> query) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) app.getBean(ProcessEngine.class)
                .getProcessEngineConfiguration();
        IdentityService identity = app.getBean(IdentityService.class);
        boolean was = configuration.isAuthorizationEnabled();
        configuration.setAuthorizationEnabled(true);
        identity.setAuthentication(TASKLIST_USER, groups);
        try {
            return query.get();
        } finally {
            identity.clearAuthentication();
            configuration.setAuthorizationEnabled(was);
        }
    }
}
