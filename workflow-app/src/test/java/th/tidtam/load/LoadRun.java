package th.tidtam.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.tidtam.drill.support.AppNode;

/**
 * Drill 9, the load run: {@code ./mvnw -q -pl workflow-app -Pload verify} (10 minutes, 300 users), or
 * {@code -Dload.duration=PT1M -Dload.users=30} for a smoke run. Starts one node (its own JVM, development mode, a
 * fresh embedded MariaDB with the demo province) unless {@code -Dload.url=http://host:port} and
 * {@code -Dload.jdbc=jdbc:mariadb://host:port/tidtam} name a running one.
 * <p>
 * Prepares {@code load.users} unit heads of their own (one unit, position, person and login each, written with JDBC
 * as the administrator's screens would; password {@code demo}, BCrypt at the application's strength) and issues the
 * governor's directives to their units over the API, the head of office confirming each at screening — so every
 * simulated user has parts of their own. Then every user works as a person at a browser would: logs in once through
 * the login form and keeps the session cookie (the API accepts the session; state-changing calls carry the session's
 * CSRF token, read once from the session like a page script does), and loops for the duration: My work
 * ({@code GET /api/tasks}), think, open a directive ({@code GET /api/directives/{id}}), think, then act on the task —
 * acknowledge it, file a progress report (most often) or the final report, or record a chase — and now and then read
 * the alerts. The governor issues a directive to ten of the units now and then and opens the dashboard; the head of
 * office screens what arrives and reviews reports. Think time is 3–10 s, uniformly.
 * <p>
 * No thread stands for a user: each user's next request is scheduled when its think time is over (a small scheduler
 * paces them all) and is sent asynchronously; its answer, when it arrives, decides the next one. So the load is the
 * users' requests, not a thread per user asleep.
 * <p>
 * Prints and writes to {@code target/load-results.txt}: per action count, errors (with status), p50/p95/p99,
 * throughput, and the node's CPU and memory.
 */
public final class LoadRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(30)).executor(Executors.newFixedThreadPool(8)).build();
    private final Map<String, ConcurrentLinkedQueue<Long>> timings = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<String>> errors = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<String>> conflicts = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    /** Paces the simulated people: their arrivals, their think times, the start of each step. */
    private final ScheduledExecutorService pacer = Executors.newScheduledThreadPool(2, daemon("load-pacer"));

    LoadRun(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("load.users", 300);
        Duration duration = Duration.parse(System.getProperty("load.duration", "PT10M"));
        String url = System.getProperty("load.url", "");
        String jdbcUrl = System.getProperty("load.jdbc", "");
        AppNode node = null;
        List<String> out = new ArrayList<>();
        try {
            if (url.isBlank()) {
                int dbPort = AppNode.freePort();
                Path dir = Path.of("target", "load-db", UUID.randomUUID().toString()).toAbsolutePath();
                node = AppNode.start(new AppNode.Options("load-node")
                        .jvm(System.getProperty("load.node.jvm", "-Xmx1g"))
                        .arg("tidtam.embedded-db.data-dir", dir)
                        .arg("tidtam.embedded-db.server-dir", Path.of("target", "mariadb-server").toAbsolutePath())
                        .arg("tidtam.embedded-db.fresh", true)
                        .arg("tidtam.embedded-db.allow-temp-dir", true)
                        .arg("tidtam.embedded-db.port", dbPort)
                        .arg("tidtam.demo-data", true)
                        .arg("tidtam.attachments.dir", dir + "-files")
                        .arg("logging.level.root", "WARN"), Path.of("target", "load-db"));
                url = node.baseUrl();
                jdbcUrl = "jdbc:mariadb://127.0.0.1:" + dbPort + "/tidtam";
                say(out, String.format(Locale.ROOT, "node started in %.1f s (pid %d)", node.startSeconds(), node.pid()));
            }
            if (jdbcUrl.isBlank()) {
                throw new IllegalArgumentException("with -Dload.url, give -Dload.jdbc (and -Dload.jdbc.user/-Dload.jdbc.password)");
            }
            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(jdbcUrl,
                    System.getProperty("load.jdbc.user", "root"), System.getProperty("load.jdbc.password", "")));
            LoadRun run = new LoadRun(url);
            long prepStart = System.nanoTime();
            List<String> logins = run.prepareUsers(jdbc, users);
            int directives = run.prepareWork(jdbc, logins.size(), Integer.getInteger("load.parts-per-user", 3));
            say(out, String.format(Locale.ROOT, "prepared %d users and %d directives (10 units each) in %.0f s",
                    logins.size(), directives, (System.nanoTime() - prepStart) / 1e9));
            run.timings.clear();
            run.errors.clear();
            run.conflicts.clear();
            run.drive(logins, duration, node, out);
        } finally {
            if (node != null) {
                node.close();
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

    private final List<Long> unitIds = new ArrayList<>();

    /** The governor issues directives to ten of the load units each, the head of office confirms them. */
    int prepareWork(JdbcTemplate jdbc, int users, int partsPerUser) throws Exception {
        Session governor = login("governor");
        Session head = login("head");
        int issued = 0;
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
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

    private void issueAndScreen(Session governor, Session head, List<Long> units, String subject) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("subject", subject);
        body.put("text", "ให้ดำเนินการและรายงานความก้าวหน้า: " + subject);
        body.put("urgency", "NORMAL");
        body.put("secrecy", "NONE");
        body.put("leadUnitId", units.get(0));
        body.put("supportingUnitIds", units.subList(1, units.size()));
        body.put("dueInWorkingDays", 30);
        body.put("cadence", "WEEKLY");
        Result r = answer(governor.post("issue_directive", "/api/directives", body));
        if (r.status != 201) {
            throw new IllegalStateException("issue failed " + r.status + " " + r.body);
        }
        long id = JSON.readTree(r.body).get("id").asLong();
        // the screening task appears when the issuing transaction's process reaches it
        String task = org.awaitility.Awaitility.await("the screening task of directive " + id).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500)).until(() -> head.taskOn(id, "screenDirective"), Optional::isPresent)
                .orElseThrow();
        Result s = answer(head.post("screen", "/api/tasks/" + task + "/complete", Map.of("outcome", "CONFIRM")));
        if (s.status != 204) {
            throw new IllegalStateException("screening failed " + s.status + " " + s.body);
        }
    }

    // ------------------------------------------------------------------ the run

    void drive(List<String> logins, Duration duration, AppNode node, List<String> out) throws Exception {
        say(out, "# Tidtam load run, " + LocalDateTime.now().withNano(0) + ", " + logins.size() + " users + governor + head, "
                + duration + ", think 3-10 s, session login (form) + CSRF token, against " + base);
        say(out, "load average before: " + loadAverage());
        Map<String, Step> people = new java.util.LinkedHashMap<>();
        for (String login : logins) {
            people.put(login, this::unitHeadStep);
        }
        people.put("governor", this::governorStep);
        people.put("head", this::headStep);
        CountDownLatch ready = new CountDownLatch(people.size());
        CountDownLatch finished = new CountDownLatch(people.size());
        long end = System.nanoTime() + duration.toNanos();
        NodeMeter meter = node == null ? null : new NodeMeter(node.pid());
        // the clock runs from the first login: people arrive over the first 20 s and start working at once
        long started = System.nanoTime();
        if (meter != null) {
            meter.start();
        }
        // logins spread over the first 20 s, as people arrive
        people.forEach((login, step) -> pacer.schedule(() -> user(login, ready, finished, end, step),
                ThreadLocalRandom.current().nextLong(20_000), TimeUnit.MILLISECONDS));
        ready.await();
        // the machine's load average every 30 s beside the figures: the latencies mean little without it
        List<String> loads = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.ScheduledExecutorService sampler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> loads.add(loadAverage().split(" ")[0]), 30, 30, java.util.concurrent.TimeUnit.SECONDS);
        // at the end of the run nobody starts another think or step
        sampler.schedule(() -> running.set(false), Math.max(0, end - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
        // every user stops on its own at the end of the run (the step under way finished); this waits for the last one
        finished.await(Math.max(1, (end - System.nanoTime()) / 1_000_000) + 120_000, TimeUnit.MILLISECONDS);
        running.set(false);
        sampler.shutdownNow();
        pacer.shutdownNow();
        double seconds = (System.nanoTime() - started) / 1e9;
        long total = 0;
        long failed = 0;
        say(out, String.format(Locale.ROOT, "%-18s %7s %6s %9s %9s %9s", "action", "count", "errors", "p50 ms", "p95 ms", "p99 ms"));
        List<String> actions = new ArrayList<>(timings.keySet());
        actions.sort(null);
        List<Long> all = new ArrayList<>();
        for (String action : actions) {
            long[] ms = timings.get(action).stream().mapToLong(Long::longValue).sorted().toArray();
            int errs = errors.getOrDefault(action, new ConcurrentLinkedQueue<>()).size();
            total += ms.length;
            failed += errs;
            Arrays.stream(ms).forEach(all::add);
            say(out, String.format(Locale.ROOT, "%-18s %7d %6d %9d %9d %9d", action, ms.length, errs, at(ms, .50), at(ms, .95),
                    at(ms, .99)));
        }
        long[] everything = all.stream().mapToLong(Long::longValue).sorted().toArray();
        say(out, String.format(Locale.ROOT, "%-18s %7d %6d %9d %9d %9d", "all requests", everything.length, failed,
                at(everything, .50), at(everything, .95), at(everything, .99)));
        say(out, String.format(Locale.ROOT, "throughput %.1f requests/s over %.0f s; errors %d (%.3f%%)", total / seconds, seconds,
                failed, total == 0 ? 0 : 100.0 * failed / total));
        errors.forEach((action, list) -> list.stream().limit(10).forEach(e -> say(out, "error " + action + ": " + e)));
        conflicts.forEach((action, list) -> say(out, "conflict between two people (404, clear message, nothing changed) "
                + action + ": " + list.size() + ", e.g. " + list.peek()));
        if (meter != null) {
            say(out, meter.report(seconds));
        }
        say(out, "load average (1 min) every 30 s during the run: " + String.join(" ", loads) + "; after: " + loadAverage()
                + " (2 cores, shared with other builds)");
    }

    /** One step of a person's work: its requests and think times, done when the last think is over. */
    interface Step {
        CompletableFuture<?> run(Session s);
    }

    /** A person: arrives (logs in), then steps until the end of the run; each step starts when the one before ends. */
    private void user(String login, CountDownLatch ready, CountDownLatch finished, long end, Step step) {
        started(() -> loginAsync(login)).whenComplete((s, e) -> {
            if (e != null) {
                error("login", "login " + login + ": " + cause(e));
            }
            ready.countDown();
            if (s == null) {
                finished.countDown();
                return;
            }
            work(s, finished, end, step);
        });
    }

    private void work(Session s, CountDownLatch finished, long end, Step step) {
        if (!running.get() || System.nanoTime() >= end) {
            finished.countDown();
            return;
        }
        // the next step starts on the pacer, not on the thread that finished this one (no stack grows)
        started(() -> step.run(s)).whenCompleteAsync((done, e) -> {
            if (e != null) {
                error("client", s.login + ": " + cause(e));
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

    private CompletableFuture<?> unitHeadStep(Session s) {
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

    private CompletableFuture<?> actOnPart(Session s, JsonNode task, String id) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return switch (task.get("taskDefinitionKey").asText()) {
            case "acknowledgePart" -> s.post("acknowledge", "/api/tasks/" + id + "/complete", Map.of("outcome", "ACKNOWLEDGE"));
            case "reportOnPart" -> random.nextInt(100) < 90
                    ? s.post("progress_report", "/api/tasks/" + id + "/progress", Map.of("progress", "ON_TRACK",
                            "percent", random.nextInt(10, 90), "note", "ดำเนินการแล้วบางส่วน ตามแผน"))
                    : s.post("final_report", "/api/tasks/" + id + "/complete", Map.of("outcome", "SUBMIT_FINAL",
                            "note", "ดำเนินการแล้วเสร็จ"));
            case "progressReportDue" -> s.post("progress_report", "/api/tasks/" + id + "/complete", Map.of("progress", "ON_TRACK",
                    "percent", random.nextInt(10, 90), "note", "รายงานตามรอบ"));
            case "followUpEscalation" -> s.post("chase", "/api/tasks/" + id + "/complete", Map.of("outcome", "FOLLOWED_UP",
                    "note", "โทรติดตามแล้ว"));
            default -> CompletableFuture.completedFuture(null);
        };
    }

    private final AtomicInteger governorIssued = new AtomicInteger();

    private CompletableFuture<?> governorStep(Session s) {
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

    private CompletableFuture<?> headStep(Session s) {
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

    private CompletableFuture<?> decide(Session s, JsonNode task, String id) {
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

    // ------------------------------------------------------------------ HTTP with a session

    record Result(int status, String body) {
    }

    final class Session {
        final String login;
        final String cookie;
        final String csrf;

        Session(String login, String cookie, String csrf) {
            this.login = login;
            this.cookie = cookie;
            this.csrf = csrf;
        }

        /** The answer's JSON (null unless 200), when it arrives. */
        CompletableFuture<JsonNode> json(String action, String path) {
            return send(action, HttpRequest.newBuilder(URI.create(base + path)).GET(), 200).thenApply(r -> {
                try {
                    return r.status == 200 ? JSON.readTree(r.body) : null;
                } catch (java.io.IOException e) {
                    throw new CompletionException(e);
                }
            });
        }

        CompletableFuture<Result> post(String action, String path, Object body) {
            String json;
            try {
                json = JSON.writeValueAsString(body);
            } catch (java.io.IOException e) {
                return CompletableFuture.failedFuture(e);
            }
            return send(action, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .header("X-CSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), 0);
        }

        Optional<String> taskOn(long directiveId, String kind) throws Exception {
            JsonNode tasks = answer(json("my_work_prep", "/api/tasks?limit=500"));
            if (tasks != null) {
                for (JsonNode t : tasks) {
                    if (t.path("directiveId").asLong() == directiveId && t.get("taskDefinitionKey").asText().equals(kind)) {
                        return Optional.of(t.get("taskId").asText());
                    }
                }
            }
            return Optional.empty();
        }

        /** Sends asynchronously; the time taken runs from the send to the whole answer received, as before. */
        private CompletableFuture<Result> send(String action, HttpRequest.Builder request, int expected) {
            request.header("Cookie", cookie).header("Accept", "application/json").timeout(Duration.ofSeconds(120));
            long start = System.nanoTime();
            return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .thenApply(r -> received(action, expected, start, r));
        }

        private Result received(String action, int expected, long start, HttpResponse<String> r) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            timings.computeIfAbsent(action, a -> new ConcurrentLinkedQueue<>()).add(ms);
            boolean ok = expected == 0 ? r.statusCode() / 100 == 2 : r.statusCode() == expected;
            if (!ok && r.statusCode() == 404 && r.body().contains("may already have been done")) {
                // two people, one moment: e.g. the head of office reviews a report of a part that its unit finished a
                // second before (which ends the review); the API answered clearly and nothing was changed
                conflicts.computeIfAbsent(action, a -> new ConcurrentLinkedQueue<>()).add(login + " " + r.uri().getPath());
                return new Result(r.statusCode(), r.body());
            }
            if (!ok) {
                error(action, login + " " + r.statusCode() + " " + r.uri().getPath() + " "
                        + r.body().substring(0, Math.min(300, r.body().length())).replace('\n', ' '));
            }
            return new Result(r.statusCode(), r.body());
        }
    }

    /**
     * The login form, as a browser posts it: the session it answers with is the person's session from then on. The
     * session's CSRF token is read from the page the browser lands on (the application shell carries it).
     */
    Session login(String login) throws Exception {
        return answer(loginAsync(login));
    }

    /** {@link #login}, each request sent when the answer before it has arrived. */
    CompletableFuture<Session> loginAsync(String login) {
        long start = System.nanoTime();
        return http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).thenCompose(page -> {
                    String cookie = sessionCookie(page).orElse("");
                    String form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password=demo";
                    return http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString())
                            .thenApply(r -> {
                                String location = r.headers().firstValue("Location").orElse("");
                                if (r.statusCode() != 302 || location.contains("error")) {
                                    throw new IllegalStateException("login of " + login + " answered " + r.statusCode() + " "
                                            + location);
                                }
                                return sessionCookie(r).orElse(cookie);
                            });
                }).thenCompose(session -> http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/"))
                        .header("Cookie", session).GET().build(), HttpResponse.BodyHandlers.ofString()).thenApply(shell -> {
                            Matcher m = CSRF_META.matcher(shell.body());
                            if (!m.find()) {
                                throw new IllegalStateException("no CSRF token in the page of " + login + " ("
                                        + shell.statusCode() + ")");
                            }
                            timings.computeIfAbsent("login", a -> new ConcurrentLinkedQueue<>())
                                    .add((System.nanoTime() - start) / 1_000_000);
                            return new Session(login, session, m.group(1));
                        }));
    }

    private static Optional<String> sessionCookie(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst();
    }

    private void error(String action, String what) {
        errors.computeIfAbsent(action, a -> new ConcurrentLinkedQueue<>()).add(what);
    }

    private static long at(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "?";
        }
    }

    /** CPU time and memory of the node's process (and its heap, from jcmd), from /proc on Linux. */
    static final class NodeMeter {
        private final long pid;
        private long cpuTicksAtStart;
        private volatile long maxRssKb;
        private ScheduledExecutorService sampler;

        NodeMeter(long pid) {
            this.pid = pid;
        }

        void start() {
            cpuTicksAtStart = cpuTicks();
            // the node's memory every 5 s
            sampler = Executors.newSingleThreadScheduledExecutor(daemon("node-meter"));
            sampler.scheduleWithFixedDelay(() -> maxRssKb = Math.max(maxRssKb, rssKb()), 0, 5, TimeUnit.SECONDS);
        }

        String report(double seconds) {
            sampler.shutdownNow();
            double cpu = (cpuTicks() - cpuTicksAtStart) / 100.0;
            return String.format(Locale.ROOT, "node CPU %.0f s over %.0f s = %.2f cores on average; RSS max %d MB; heap %s",
                    cpu, seconds, cpu / seconds, maxRssKb / 1024, heap());
        }

        private long cpuTicks() {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (Exception e) {
                return 0;
            }
        }

        private long rssKb() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (Exception e) {
                // gone
            }
            return 0;
        }

        private String heap() {
            try {
                Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
                String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor(30, TimeUnit.SECONDS);
                return text.lines().filter(l -> l.contains("total") && l.contains("used")).findFirst().orElse("?").trim();
            } catch (Exception e) {
                return "?";
            }
        }
    }
}
