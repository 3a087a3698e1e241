package th.tidtam.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.springframework.boot.web.context.WebServerApplicationContext;
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
import th.tidtam.process.InboxFilter;
import th.tidtam.process.WorkInbox;

/** P1–P4, measured inside one running application on one database. */
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
            p4();
        }
        if (only.contains("P1")) {
            p1();
        }
        if (only.contains("P3")) {
            new DashboardMeasure(app, full, lines).run();
        }
    }

    private void print(String line) {
        BenchmarkMain.print(lines, line);
    }

    // ---------------------------------------------------------------- P1: the busy holder's inbox

    void p1() {
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
            print(String.format(Locale.ROOT, "# P1 data %s: %,d positions, %,d open tasks in all, generated in %.1f s",
                    scale.name(), positions.size(), openTasks, (System.nanoTime() - t0) / 1e9));

            int ours = inbox.count(busy, InboxFilter.none());
            long theirs = taskService.createTaskQuery().taskCandidateGroupIn(busy).count();
            if (ours != theirs) {
                throw new IllegalStateException("P1: the inbox holds " + ours + " tasks, the engine " + theirs);
            }
            Stats our = Stats.measure(50, full ? 1_000 : 200, () -> inbox.forPositions(busy, InboxFilter.none(), 0, 50));
            Stats base = Stats.measure(3, full ? 60 : 20, () -> taskService.createTaskQuery().taskCandidateGroupIn(busy)
                    .orderByDueDate().asc().listPage(0, 50));
            print(String.format(Locale.ROOT, "P1 inbox %s (%,d open tasks; busy holder of 3 positions with %,d tasks; first "
                    + "page of 50) ours %s baseline(TaskService by candidate groups) %s ratio=%.1f", scale.name(), openTasks,
                    ours, our.millis(), base.millis(), base.p95() / our.p95()));
        }
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

    // ---------------------------------------------------------------- P4: heap per Vaadin session

    void p4() throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        int sessions = full ? 200 : 60;
        // one session first, so that classes, caches and the route registry are loaded before the baseline
        session(port, "agency.health");
        long before = usedHeapAfterGc();
        for (int i = 0; i < sessions; i++) {
            // the client is dropped at once: the benchmark shares the heap with the server, and only the server's
            // sessions (which live on until they time out) may count
            session(port, i % 2 == 0 ? "agency.health" : "head");
        }
        long after = usedHeapAfterGc();
        double perSession = (after - before) / (double) sessions / 1024.0;
        print(String.format(Locale.ROOT, "P4 heap per logged-in Vaadin session on My work (%d sessions through the servlet, "
                + "heap after GC) ours %.0f KB baseline(target) 150 KB ratio=%.2f", sessions, perSession, 150.0 / perSession));
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        // a full collection per call, until the used heap stops shrinking
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            java.lang.management.ManagementFactory.getMemoryMXBean().gc();
            long now = rt.totalMemory() - rt.freeMemory();
            if (now >= used) {
                break;
            }
            used = now;
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Logs in through the login form and opens My work the way the browser does (bootstrap page, then the UI). */
    static HttpClient session(int port, String user) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String base = "http://localhost:" + port;
        http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(), HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
        HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (login.statusCode() >= 400) {
            throw new IllegalStateException("login as " + user + ": " + login.statusCode());
        }
        http.send(HttpRequest.newBuilder(URI.create(base + "/work")).GET().build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> boot = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=work&query="))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(boot.body());
        java.util.regex.Matcher ui = java.util.regex.Pattern.compile("\"v-uiId\":(\\d+)").matcher(boot.body());
        if (!key.find() || !ui.find()) {
            throw new IllegalStateException("no UI for " + user + ": " + boot.statusCode());
        }
        // the client then asks the server to navigate to the route, as the browser's router does
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"work\",\"query\":\"\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> init = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + ui.group(1)))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString());
        if (init.statusCode() != 200 || !init.body().contains("my-work")) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "benchmark-p4-init.json"), init.body());
            throw new IllegalStateException("My work did not open for " + user + ": " + init.statusCode()
                    + " (the answer is in target/benchmark-p4-init.json)");
        }
        return http;
    }
}
