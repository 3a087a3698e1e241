package th.tidtam.load;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Drill 9, the load run: {@code ./mvnw -q -pl workflow-app -Pload verify} (10 minutes, 300 users), or
 * {@code -Dload.duration=PT1M -Dload.users=30} for a smoke run. Starts one node ({@link LoadNode}: the production jar
 * by default, {@code -Dload.node=classpath} for development mode; a fresh embedded MariaDB with the demo province)
 * unless {@code -Dload.url=http://host:port} and {@code -Dload.jdbc=jdbc:mariadb://host:port/tidtam} name a running
 * one.
 * <p>
 * Prepares {@code load.users} unit heads of their own (one unit, position, person and login each, written with JDBC
 * as the administrator's screens would; password {@code demo}, BCrypt at the application's strength) and issues the
 * governor's directives to their units over the API, the head of office confirming each at screening — so every
 * simulated user has parts of their own. One more person then does each action alone while the database counts its
 * statements ({@link LoadProbe}). Then every user works as a person at a browser would ({@link LoadSession}): logs in
 * once through the login form and keeps the session cookie, and loops for the duration: My work
 * ({@code GET /api/tasks}), think, open a directive ({@code GET /api/directives/{id}}), think, then act on the task —
 * acknowledge it, file a progress report (most often) or the final report, or record a chase — and now and then read
 * the alerts. The governor issues a directive to ten of the units now and then and opens the dashboard; the head of
 * office screens what arrives and reviews reports. Think time is 3–10 s, uniformly.
 * <p>
 * No thread stands for a user: each user's next request is scheduled when its think time is over (a small scheduler
 * paces them all) and is sent asynchronously; its answer, when it arrives, decides the next one. So the load is the
 * users' requests, not a thread per user asleep.
 * <p>
 * Prints and writes to {@code target/load-results.txt} ({@link LoadFigures}): per action count, errors, p50/p95/p99
 * of the whole run and of its steady part, p50 minute by minute, the verdict per action against the targets, and the
 * node's CPU, memory and GC beside the machine's load average ({@link NodeMeter}).
 */
public final class LoadRun {

    private final LoadFigures figures = new LoadFigures();
    private final LoadSession.Client client;
    private final AtomicBoolean running = new AtomicBoolean(true);
    /** Paces the simulated people: their arrivals, their think times, the start of each step. */
    private final ScheduledExecutorService pacer = Executors.newScheduledThreadPool(2, daemon("load-pacer"));
    private final List<Long> unitIds = new ArrayList<>();

    LoadRun(String base) {
        this.client = new LoadSession.Client(base, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30)).executor(Executors.newFixedThreadPool(8)).build(), figures);
    }

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("load.users", 300);
        Duration duration = Duration.parse(System.getProperty("load.duration", "PT10M"));
        String url = System.getProperty("load.url", "");
        String jdbcUrl = System.getProperty("load.jdbc", "");
        LoadNode.Started node = null;
        List<String> out = new ArrayList<>();
        try {
            if (url.isBlank()) {
                node = LoadNode.start();
                url = node.node().baseUrl();
                jdbcUrl = node.jdbcUrl();
                say(out, String.format(Locale.ROOT, "node (%s) started in %.1f s (pid %d)", node.mode(),
                        node.node().startSeconds(), node.node().pid()));
            }
            if (jdbcUrl.isBlank()) {
                throw new IllegalArgumentException("with -Dload.url, give -Dload.jdbc (and -Dload.jdbc.user/-Dload.jdbc.password)");
            }
            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(jdbcUrl,
                    System.getProperty("load.jdbc.user", "root"), System.getProperty("load.jdbc.password", "")));
            LoadRun run = new LoadRun(url);
            long prepStart = System.nanoTime();
            List<String> logins = run.prepareUsers(jdbc, users + 1);
            int directives = run.prepareWork(logins.size(), Integer.getInteger("load.parts-per-user", 3));
            say(out, String.format(Locale.ROOT, "prepared %d users and %d directives (10 units each) in %.0f s",
                    logins.size(), directives, (System.nanoTime() - prepStart) / 1e9));
            // the last prepared person is the probe's, alone before the others arrive
            String prober = logins.remove(logins.size() - 1);
            new LoadProbe(jdbc).probe(run.client, prober, line -> say(out, line));
            run.drive(logins, duration, node == null ? 0 : node.node().pid(), out);
        } finally {
            if (node != null) {
                node.node().close();
            }
        }
        Path file = Path.of("target", "load-results.txt");
        Files.write(file, out);
        System.out.println("written to " + file.toAbsolutePath());
        System.exit(0);
    }

    private static void say(List<String> out, String line) {
        out.add(line);
        System.out.println(line);
        System.out.flush();
    }

    // ------------------------------------------------------------------ preparation

    /**
     * One agency per user under the province, its head position (reporting to the governor) held by the user. The
     * rows are the ones the administrator's screens write.
     */
    List<String> prepareUsers(JdbcTemplate jdbc, int users) {
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        long root = jdbc.queryForObject("select min(id) from org_unit where parent_id is null and kind <> 'SYSTEM'", Long.class);
        long governor = jdbc.queryForObject("select id from org_position where role = 'GOVERNOR' order by id limit 1", Long.class);
        String hash = new BCryptPasswordEncoder().encode("demo");
        List<String> logins = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            String code = "LOAD-" + run + "-" + i;
            jdbc.update("insert into org_unit (code, name_th, name_en, kind, parent_id, sort_order) values (?, ?, ?, 'AGENCY', ?, ?)",
                    code, "หน่วยงานทดสอบภาระ " + i, "Load test agency " + i, root, 1000 + i);
            long unit = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
            jdbc.update("insert into org_position (code, title_th, title_en, unit_id, reports_to_id, unit_head, role) "
                    + "values (?, ?, ?, ?, ?, true, 'STAFF')", code + "-HEAD", "หัวหน้าหน่วยงานทดสอบ " + i,
                    "Head of load test agency " + i, unit, governor);
            long position = jdbc.queryForObject("select id from org_position where code = ?", Long.class, code + "-HEAD");
            String login = "load." + run + "." + i;
            jdbc.update("insert into person (username, password_hash, full_name_th, full_name_en) values (?, ?, ?, ?)",
                    login, hash, "ผู้ทดสอบ " + i, "Load tester " + i);
            long person = jdbc.queryForObject("select id from person where username = ?", Long.class, login);
            jdbc.update("insert into position_assignment (position_id, person_id, kind, valid_from) values (?, ?, 'HOLDER', ?)",
                    position, person, Date.valueOf(LocalDate.now().minusYears(1)));
            logins.add(login);
            unitIds.add(unit);
        }
        return logins;
    }

    /** The governor issues directives to ten of the load units each, the head of office confirms them. */
    int prepareWork(int users, int partsPerUser) throws Exception {
        LoadSession governor = answer(client.login("governor"));
        LoadSession head = answer(client.login("head"));
        int issued = 0;
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<?>> done = new ArrayList<>();
        for (int round = 0; round < partsPerUser; round++) {
            for (int from = 0; from < users; from += 10) {
                List<Long> units = unitIds.subList(from, Math.min(users, from + 10));
                int n = issued++;
                done.add(pool.submit(() -> {
                    issueAndScreen(governor, head, units, "ข้อสั่งการทดสอบภาระ " + n);
                    return null;
                }));
            }
        }
        for (var f : done) {
            f.get();
        }
        pool.shutdown();
        return issued;
    }

    private void issueAndScreen(LoadSession governor, LoadSession head, List<Long> units, String subject) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("subject", subject);
        body.put("text", "ให้ดำเนินการและรายงานความก้าวหน้า: " + subject);
        body.put("urgency", "NORMAL");
        body.put("secrecy", "NONE");
        body.put("leadUnitId", units.get(0));
        body.put("supportingUnitIds", units.subList(1, units.size()));
        body.put("dueInWorkingDays", 30);
        body.put("cadence", "WEEKLY");
        LoadSession.Result r = answer(governor.post("issue_directive", "/api/directives", body));
        if (r.status() != 201) {
            throw new IllegalStateException("issue failed " + r.status() + " " + r.body());
        }
        long id = LoadSession.JSON.readTree(r.body()).get("id").asLong();
        // the screening task appears when the issuing transaction's process reaches it
        String task = Awaitility.await("the screening task of directive " + id).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500)).until(() -> taskOn(head, id, "screenDirective"), Optional::isPresent)
                .orElseThrow();
        LoadSession.Result s = answer(head.post("screen", "/api/tasks/" + task + "/complete", Map.of("outcome", "CONFIRM")));
        if (s.status() != 204) {
            throw new IllegalStateException("screening failed " + s.status() + " " + s.body());
        }
    }

    /** The person's task of this kind on the directive, if it is in their work yet. */
    private static Optional<String> taskOn(LoadSession s, long directiveId, String kind) throws Exception {
        JsonNode tasks = answer(s.json("my_work_prep", "/api/tasks?limit=500"));
        if (tasks != null) {
            for (JsonNode t : tasks) {
                if (t.path("directiveId").asLong() == directiveId && t.get("taskDefinitionKey").asText().equals(kind)) {
                    return Optional.of(t.get("taskId").asText());
                }
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ the run

    void drive(List<String> logins, Duration duration, long nodePid, List<String> out) throws Exception {
        say(out, "# Tidtam load run, " + LocalDateTime.now().withNano(0) + ", " + logins.size() + " users + governor + head, "
                + duration + ", think 3-10 s, session login (form) + CSRF token, against " + client.base());
        say(out, "load average before: " + NodeMeter.loadAverage());
        Map<String, Step> people = new LinkedHashMap<>();
        for (String login : logins) {
            people.put(login, this::unitHeadStep);
        }
        people.put("governor", this::governorStep);
        people.put("head", this::headStep);
        CountDownLatch ready = new CountDownLatch(people.size());
        CountDownLatch finished = new CountDownLatch(people.size());
        long end = System.nanoTime() + duration.toNanos();
        NodeMeter meter = new NodeMeter(nodePid);
        // the clock runs from the first login: people arrive over the first 20 s and start working at once
        figures.startRun();
        long started = System.nanoTime();
        meter.start();
        // logins spread over the first 20 s, as people arrive
        people.forEach((login, step) -> pacer.schedule(() -> user(login, ready, finished, end, step),
                ThreadLocalRandom.current().nextLong(20_000), TimeUnit.MILLISECONDS));
        ready.await();
        // at the end of the run nobody starts another think or step
        pacer.schedule(() -> running.set(false), Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
        // every user stops on its own at the end of the run (the step under way finished); this waits for the last one
        finished.await(Math.max(1, (end - System.nanoTime()) / 1_000_000) + 120_000, TimeUnit.MILLISECONDS);
        running.set(false);
        pacer.shutdownNow();
        double seconds = (System.nanoTime() - started) / 1e9;
        // the steady part: after the arrivals (20 s) and everyone's first step (up to three thinks of 3-10 s)
        long steadyFrom = Duration.parse(System.getProperty("load.steady-after", "PT1M30S")).toMillis();
        figures.report(seconds, steadyFrom, line -> say(out, line));
        meter.report(seconds).forEach(line -> say(out, line));
    }

    /** One step of a person's work: its requests and think times, done when the last think is over. */
    interface Step {
        CompletableFuture<?> run(LoadSession s);
    }

    /** A person: arrives (logs in), then steps until the end of the run; each step starts when the one before ends. */
    private void user(String login, CountDownLatch ready, CountDownLatch finished, long end, Step step) {
        started(() -> client.login(login)).whenComplete((s, e) -> {
            if (e != null) {
                figures.error("login", "login " + login + ": " + cause(e));
            }
            ready.countDown();
            if (s == null) {
                finished.countDown();
                return;
            }
            work(s, finished, end, step);
        });
    }

    private void work(LoadSession s, CountDownLatch finished, long end, Step step) {
        if (!running.get() || System.nanoTime() >= end) {
            finished.countDown();
            return;
        }
        // the next step starts on the pacer, not on the thread that finished this one (no stack grows)
        started(() -> step.run(s)).whenCompleteAsync((done, e) -> {
            if (e != null) {
                figures.error("client", s.login + ": " + cause(e));
            }
            work(s, finished, end, step);
        }, pacer);
    }

    /**
     * A person's think time between steps: the load model itself, not a wait for anything. Completes when it is over;
     * the person's next request is then sent from the pacer, no thread waits through it.
     */
    private CompletableFuture<Void> think() {
        if (!running.get()) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> over = new CompletableFuture<>();
        pacer.schedule(() -> over.complete(null), ThreadLocalRandom.current().nextLong(3_000, 10_000), TimeUnit.MILLISECONDS);
        return over;
    }

    /** The request, then a think before whatever comes next (which sees the request's answer). */
    private <T> CompletableFuture<T> thenThink(CompletableFuture<T> request) {
        return request.thenCompose(answer -> think().thenApply(over -> answer));
    }

    private CompletableFuture<?> unitHeadStep(LoadSession s) {
        return thenThink(s.json("my_work", "/api/tasks?limit=50")).thenCompose(inbox -> {
            if (inbox == null || inbox.isEmpty()) {
                return thenThink(s.json("alerts", "/api/alerts"));
            }
            JsonNode task = inbox.get(ThreadLocalRandom.current().nextInt(inbox.size()));
            String id = task.get("taskId").asText();
            return thenThink(s.json("open_directive", "/api/directives/" + task.get("directiveId").asLong()))
                    .thenCompose(directive -> thenThink(actOnPart(s, task, id)))
                    .thenCompose(acted -> ThreadLocalRandom.current().nextInt(10) == 0
                            ? thenThink(s.json("alerts", "/api/alerts"))
                            : CompletableFuture.completedFuture(null));
        });
    }

    private CompletableFuture<?> actOnPart(LoadSession s, JsonNode task, String id) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return switch (task.get("taskDefinitionKey").asText()) {
            case "acknowledgePart" -> s.post("acknowledge", "/api/tasks/" + id + "/complete", Map.of("outcome", "ACKNOWLEDGE"));
            case "reportOnPart" -> random.nextInt(100) < 90
                    ? s.post("progress_report", "/api/tasks/" + id + "/progress", Map.of("progress", "ON_TRACK",
                            "percent", random.nextInt(10, 90), "note", reportNote("ดำเนินการแล้วบางส่วน ตามแผน")))
                    : s.post("final_report", "/api/tasks/" + id + "/complete", Map.of("outcome", "SUBMIT_FINAL",
                            "note", "ดำเนินการแล้วเสร็จ"));
            case "progressReportDue" -> s.post("progress_report", "/api/tasks/" + id + "/complete", Map.of("progress", "ON_TRACK",
                    "percent", random.nextInt(10, 90), "note", reportNote("รายงานตามรอบ")));
            case "followUpEscalation" -> s.post("chase", "/api/tasks/" + id + "/complete", Map.of("outcome", "FOLLOWED_UP",
                    "note", "โทรติดตามแล้ว"));
            default -> CompletableFuture.completedFuture(null);
        };
    }

    private final AtomicInteger reports = new AtomicInteger();

    /**
     * Each progress report says something new, as a person's would: the application refuses the same report from the
     * same position within minutes as a second click (400), which a run sending a fixed text at random percentages hit.
     */
    private String reportNote(String text) {
        return text + " (ครั้งที่ " + reports.incrementAndGet() + ")";
    }

    private final AtomicInteger governorIssued = new AtomicInteger();

    private CompletableFuture<?> governorStep(LoadSession s) {
        return thenThink(s.json("dashboard", "/api/dashboard"))
                .thenCompose(dashboard -> thenThink(s.json("my_work", "/api/tasks?limit=50")))
                .thenCompose(inbox -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    if (random.nextInt(3) != 0) {
                        return CompletableFuture.completedFuture(null);
                    }
                    int from = random.nextInt(Math.max(1, unitIds.size() - 10));
                    List<Long> units = unitIds.subList(from, Math.min(unitIds.size(), from + 10));
                    Map<String, Object> body = new HashMap<>();
                    body.put("subject", "ข้อสั่งการระหว่างทดสอบภาระ " + governorIssued.incrementAndGet());
                    body.put("text", "ให้ดำเนินการและรายงาน");
                    body.put("urgency", "URGENT");
                    body.put("secrecy", "NONE");
                    body.put("leadUnitId", units.get(0));
                    body.put("supportingUnitIds", units.subList(1, units.size()));
                    body.put("dueInWorkingDays", 15);
                    body.put("cadence", "WEEKLY");
                    return thenThink(s.post("issue_directive", "/api/directives", body));
                });
    }

    private CompletableFuture<?> headStep(LoadSession s) {
        return thenThink(s.json("my_work", "/api/tasks?limit=50")).thenCompose(inbox -> {
            if (inbox == null || inbox.isEmpty()) {
                return CompletableFuture.completedFuture(null);
            }
            JsonNode screening = null;
            for (JsonNode t : inbox) {
                if (t.get("taskDefinitionKey").asText().equals("screenDirective")) {
                    screening = t;
                    break;
                }
            }
            JsonNode pick = screening != null ? screening : inbox.get(ThreadLocalRandom.current().nextInt(inbox.size()));
            String id = pick.get("taskId").asText();
            return thenThink(s.json("open_directive", "/api/directives/" + pick.get("directiveId").asLong()))
                    .thenCompose(directive -> thenThink(decide(s, pick, id)));
        });
    }

    private CompletableFuture<?> decide(LoadSession s, JsonNode task, String id) {
        return switch (task.get("taskDefinitionKey").asText()) {
            case "screenDirective" -> s.post("screen", "/api/tasks/" + id + "/complete", Map.of("outcome", "CONFIRM"));
            case "reviewProgressReport" -> s.post("review", "/api/tasks/" + id + "/complete", Map.of("outcome", "ACCEPT"));
            default -> CompletableFuture.completedFuture(null);
        };
    }

    /** What {@code action} returns, or its exception as a failed future (a step's failure ends only the step). */
    private static <T> CompletableFuture<T> started(java.util.function.Supplier<CompletableFuture<T>> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static Throwable cause(Throwable e) {
        Throwable c = e;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    /** The answer of a request the caller needs before it goes on (the preparation's requests, one after another). */
    private static <T> T answer(CompletableFuture<T> request) throws Exception {
        try {
            return request.get();
        } catch (ExecutionException e) {
            Throwable c = cause(e);
            if (c instanceof Exception x) {
                throw x;
            }
            throw e;
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

}
