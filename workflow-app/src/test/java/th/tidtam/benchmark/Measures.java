package th.tidtam.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import th.tidtam.directive.Cadence;
import th.tidtam.directive.domain.Directive;
import th.tidtam.directive.Progress;
import th.tidtam.directive.SourceKind;
import th.tidtam.directive.service.DirectiveService;
import th.tidtam.directive.service.DirectiveTasks;
import th.tidtam.directive.service.IssueDirective;
import th.tidtam.org.service.OrgDirectory;

/** P1–P4, measured inside one running application on one database (P1 and P4 in classes of their own). */
final class Measures {

    private final ConfigurableApplicationContext app;
    private final boolean full;
    private final List<String> lines;
    private final JdbcTemplate jdbc;

    Measures(ConfigurableApplicationContext app, boolean full, List<String> lines) {
        this.app = app;
        this.full = full;
        this.lines = lines;
        this.jdbc = app.getBean(JdbcTemplate.class);
    }

    void run(java.util.Set<String> only) throws Exception {
        // the order matters: P2 and P4 on the demo province, before the bulk data of P1 and P3 fills the database
        if (only.contains("P2")) {
            p2();
        }
        if (only.contains("P4")) {
            new SessionHeapMeasure(app, full, lines).run();
        }
        if (only.contains("P1")) {
            new InboxMeasure(app, full, lines).run();
        }
        if (only.contains("P3")) {
            new DashboardMeasure(app, full, lines).run();
        }
    }

    private void print(String line) {
        BenchmarkMain.print(lines, line);
    }

    // ---------------------------------------------------------------- P2: lifecycles per second

    void p2() throws Exception {
        int clients = 8;
        Duration warmUp = Duration.ofSeconds(full ? 20 : 5);
        Duration run = Duration.ofSeconds(full ? 120 : 25);
        Lifecycles ours = new Lifecycles(app);
        BareLifecycles bare = new BareLifecycles(app);
        // detail only (# lines): the database statements per lifecycle of each side, from MariaDB's counters
        AtomicLong oursDone = new AtomicLong();
        AtomicLong bareDone = new AtomicLong();
        StatementCounts oursCounts = StatementCounts.start(jdbc);
        double oursRate = throughput(clients, warmUp, run, () -> counted(oursDone, ours.once()));
        String oursStatements = oursCounts.perLifecycle("ours", oursDone.get());
        StatementCounts bareCounts = StatementCounts.start(jdbc);
        double bareRate = throughput(clients, warmUp, run, () -> counted(bareDone, bare.once()));
        String bareStatements = bareCounts.perLifecycle("bare engine", bareDone.get());
        double single = commitRate(1, Duration.ofSeconds(5));
        double eight = commitRate(8, Duration.ofSeconds(5));
        print(String.format(Locale.ROOT, "P2 lifecycles (issue, screen, acknowledge, progress report, accept, final report, "
                + "propose, close; one unit; %d clients; %d s) ours %.2f/s baseline(same model, engine alone) %.2f/s "
                + "ratio=%.2f (MariaDB commits/s here: %.0f with 1 client, %.0f with 8)", clients, run.toSeconds(), oursRate,
                bareRate, oursRate / bareRate, single, eight));
        print(oursStatements);
        print(bareStatements);
    }

    private static Object counted(AtomicLong done, Object lifecycle) {
        done.incrementAndGet();
        return lifecycle;
    }

    /**
     * Lifecycles per second: every client runs until the deadline, counting only what ends after the warm-up; the
     * measuring thread just waits for the clients to finish.
     */
    private static double throughput(int clients, Duration warmUp, Duration run, Supplier<Object> lifecycle)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long measureFrom = System.nanoTime() + warmUp.toNanos();
            long measureTo = measureFrom + run.toNanos();
            AtomicLong done = new AtomicLong();
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    for (long now = System.nanoTime(); now < measureTo; now = System.nanoTime()) {
                        lifecycle.get();
                        long end = System.nanoTime();
                        if (now >= measureFrom && end <= measureTo) {
                            done.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return done.get() / (run.toNanos() / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** What the database can commit here: one row per transaction, as fast as the clients can. */
    private double commitRate(int clients, Duration run) throws Exception {
        jdbc.execute("create table if not exists benchmark_commit (id bigint not null auto_increment primary key, at datetime(3))");
        return throughput(clients, Duration.ofSeconds(1), run, () -> jdbc.update("insert into benchmark_commit (at) values (now(3))"));
    }

    /** The application's lifecycle: every step through the domain services, as the person whose step it is. */
    static final class Lifecycles {

        private final DirectiveService directives;
        private final DirectiveTasks tasks;
        private final th.tidtam.directive.service.ScreeningAndClosure screening;
        private final th.tidtam.directive.service.UnitPartTasks unitParts;
        private final th.tidtam.directive.service.ProgressReviewTasks progressReviews;
        private final UserDetailsService users;
        private final JdbcTemplate jdbc;
        private final Long unit;

        Lifecycles(ConfigurableApplicationContext app) {
            this.directives = app.getBean(DirectiveService.class);
            this.tasks = app.getBean(DirectiveTasks.class);
            this.screening = app.getBean(th.tidtam.directive.service.ScreeningAndClosure.class);
            this.unitParts = app.getBean(th.tidtam.directive.service.UnitPartTasks.class);
            this.progressReviews = app.getBean(th.tidtam.directive.service.ProgressReviewTasks.class);
            this.users = app.getBean(UserDetailsService.class);
            this.jdbc = app.getBean(JdbcTemplate.class);
            this.unit = app.getBean(OrgDirectory.class).positionByCode("AG-08-HEAD").orElseThrow().unitId();
        }

        Object once() {
            Directive d = as("governor", () -> directives.issue(new IssueDirective("วัดสมรรถนะ " + System.nanoTime(),
                    "ซ่อมถนนชำรุด", "NORMAL", "NONE", unit, List.of(), false, null, 10, Cadence.NONE, null,
                    SourceKind.ANNOTATION, null, null, null, null)));
            String pi = d.getProcessInstanceId();
            as("head", () -> run(() -> screening.screen(task(pi, DirectiveTasks.SCREEN), DirectiveTasks.ScreeningOutcome.CONFIRM,
                    null, null, null)));
            as("agency.publicworks", () -> run(() -> unitParts.acknowledge(task(pi, DirectiveTasks.ACKNOWLEDGE))));
            String work = task(pi, DirectiveTasks.REPORT);
            as("agency.publicworks", () -> progressReviews.fileProgressReport(work, Progress.ON_TRACK, 50, "ครึ่งทาง", null));
            as("head", () -> run(() -> progressReviews.reviewProgressReport(task(pi, DirectiveTasks.REVIEW),
                    DirectiveTasks.ReviewOutcome.ACCEPT, null)));
            as("agency.publicworks", () -> run(() -> unitParts.submitFinalReport(work, "เสร็จแล้ว")));
            as("head", () -> run(() -> screening.proposeClosure(task(pi, DirectiveTasks.EVIDENCE), null)));
            as("governor", () -> run(() -> screening.decideClosure(task(pi, DirectiveTasks.CLOSURE),
                    DirectiveTasks.ClosureOutcome.CLOSE, null, null, null)));
            return d;
        }

        private String task(String processInstanceId, String key) {
            return jdbc.queryForObject("select task_id from work_item where process_instance_id = ? and task_definition_key = ?",
                    String.class, processInstanceId, key);
        }

        private static Object run(Runnable r) {
            r.run();
            return null;
        }

        private <T> T as(String username, Supplier<T> action) {
            return AsUser.as(users, username, action);
        }
    }

    /**
     * The same model on the engine alone: deployed under another key with the application's expressions replaced by
     * constants, driven straight through the engine's API with the same decisions.
     */
    static final class BareLifecycles {

        static final String KEY = "directive-followup-bare";

        private final RuntimeService runtime;
        private final TaskService taskService;

        BareLifecycles(ConfigurableApplicationContext app) throws Exception {
            this.runtime = app.getBean(RuntimeService.class);
            this.taskService = app.getBean(TaskService.class);
            String xml = new String(new ClassPathResource("bpmn/directive-followup.bpmn").getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8);
            app.getBean(RepositoryService.class).createDeployment().name("benchmark-bare")
                    .addString(KEY + ".bpmn", bare(xml)).deploy();
        }

        static String bare(String xml) {
            String s = xml.replace("id=\"directive-followup\"", "id=\"" + KEY + "\"")
                    .replace("bpmnElement=\"directive-followup\"", "bpmnElement=\"" + KEY + "\"")
                    .replace("${orgRouting.responsibleGroupForRole('HEAD_OF_OFFICE')}", "HEAD-OF-OFFICE")
                    .replace("${orgRouting.responsibleGroupForRole('GOVERNOR')}", "GOVERNOR")
                    .replace("${partRouting.roleGroup(directiveId, 'HEAD_OF_OFFICE')}", "HEAD-OF-OFFICE")
                    .replace("${partRouting.roleGroup(directiveId, 'GOVERNOR')}", "GOVERNOR")
                    .replace("${partRouting.holderGroup(partId)}", "AG-08-HEAD")
                    .replace("${partRouting.workerGroup(partId)}", "AG-08-HEAD")
                    .replace("${partFollowUp.reviewerGroupOfNextReport(partId)}", "HEAD-OF-OFFICE")
                    .replace("${partRouting.openPartIds(directiveId)}", "${parts}")
                    .replace("${!partRouting.isDelegated(partId)}", "${true}")
                    .replace("${partRouting.isDelegated(partId)}", "${false}")
                    .replace("${partRouting.followUpCycle()}", "R/2099-01-01T01:30:00Z/P1D")
                    .replace("${execution.setVariablesLocal(partFollowUp.check(partId))}", "${true}");
            s = s.replaceAll("\\s*<camunda:taskListener[^>]*/>", "");
            s = s.replaceAll(" camunda:dueDate=\"[^\"]*\"", "");
            if (s.contains("partRouting") || s.contains("partFollowUp") || s.contains("orgRouting")) {
                throw new IllegalStateException("the bare model still calls the application");
            }
            return s;
        }

        Object once() {
            String pi = runtime.startProcessInstanceByKey(KEY, "bare-" + System.nanoTime(),
                    Map.of("parts", List.of(1L), "directiveId", 1L)).getId();
            complete(pi, "screenDirective", Map.of("outcome", "CONFIRM"));
            complete(pi, "acknowledgePart", Map.of());
            runtime.createMessageCorrelation("progressReported").processInstanceId(pi).correlate();
            complete(pi, "reviewProgressReport", Map.of());
            complete(pi, "reportOnPart", Map.of());
            complete(pi, "checkEvidence", Map.of());
            complete(pi, "decideClosure", Map.of("outcome", "CLOSE"));
            return pi;
        }

        private void complete(String pi, String key, Map<String, Object> vars) {
            taskService.complete(taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).singleResult()
                    .getId(), vars);
        }
    }
}
