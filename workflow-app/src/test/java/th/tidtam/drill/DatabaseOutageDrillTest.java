package th.tidtam.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.database.EmbeddedMariaDb;
import th.tidtam.database.EmbeddedMariaDbProperties;
import th.tidtam.drill.support.AppNode;
import th.tidtam.drill.support.Multipart;
import th.tidtam.drill.support.PacedLoops;
import th.tidtam.support.ApiClient;

/**
 * Drill 6: the database stops while people work and starts again. One application node runs in its own JVM against a
 * MariaDB server of this test's own (the shared test database must not go away under the other tests). Clients issue
 * directives, attach files, screen, acknowledge and report in a loop (their pauses scheduled by {@link PacedLoops}, no
 * thread sleeps through them); each call's answer is recorded. Afterwards
 * the database must hold exactly what was answered with success, and nothing of what was refused.
 */
@Tag("drill")
class DatabaseOutageDrillTest {

    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final int WORKERS = 4;

    record Call(String worker, String op, String key, int status, long started, long ended, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return worker + " " + op + " " + key + " -> " + status + " "
                    + (body == null ? "" : body.substring(0, Math.min(160, body.length())));
        }
    }

    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<long[]> health = new ConcurrentLinkedQueue<>();
    private final Map<String, String> attachedDigests = new java.util.concurrent.ConcurrentHashMap<>();
    private final PacedLoops loops = new PacedLoops("drill6");

    @Test
    void theApplicationRefusesClearlyDuringADatabaseOutageRecoversWithoutARestartAndLosesOrHalfWritesNothing()
            throws Exception {
        Path root = Path.of("target", "drill-db", UUID.randomUUID().toString()).toAbsolutePath();
        Path files = root.resolve("attachments");
        int dbPort = AppNode.freePort();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(new EmbeddedMariaDbProperties(root.resolve("mariadb").toString(), dbPort,
                "tidtam", true, Path.of("target", "mariadb-server").toAbsolutePath().toString(), true));
        String jdbcUrl = db.jdbcUrl();
        try (AppNode node = AppNode.start(new AppNode.Options("node").arg("spring.datasource.url", jdbcUrl)
                .arg("spring.datasource.username", "root").arg("spring.datasource.password", "")
                .arg("tidtam.demo-data", "true").arg("tidtam.attachments.dir", files.toString())
                .arg("logging.level.root", "WARN").jvm("-Xmx768m"), root)) {
            long unit = queryLong(jdbcUrl, "select unit_id from org_position where code = 'AG-12-HEAD'");
            for (int i = 0; i < WORKERS; i++) {
                String name = "w" + i;
                loops.start("drill-" + name, new Worker(node.port(), name, unit)::step);
            }
            loops.start("drill-health", new HealthProbe(node.port())::probe);

            waitUntil(Duration.ofMinutes(3), () -> cyclesDone(Long.MIN_VALUE) >= WORKERS);
            // someone working on the screens too: logged in before the outage
            Screens screens = new Screens(node.port());
            screens.login("governor");
            long stopping = System.nanoTime();
            db.stop();
            long stopped = System.nanoTime();
            String outageScreen = screens.openAndReadOutageMessage("directives");
            // the outage lasts at least OUTAGE and until the clients have met it (503s answered while it is down)
            org.awaitility.Awaitility.await("clients refused during the outage").pollDelay(
                    Duration.ofNanos(Math.max(0, OUTAGE.toNanos() - (System.nanoTime() - stopped)))).atMost(Duration.ofMinutes(2))
                    .until(() -> calls.stream().filter(c -> c.status() == 503 && c.started() >= stopped).count() >= 2);
            long starting = System.nanoTime();
            db.start();
            long back = System.nanoTime();
            // every worker finishes a whole cycle (issue, attach, screen, acknowledge, report) after the restart
            waitUntil(Duration.ofMinutes(4), () -> cyclesDone(back) >= WORKERS);
            loops.stop(Duration.ofMinutes(2));
            assertThat(node.isAlive()).as("the node was never restarted").isTrue();

            List<Call> all = new ArrayList<>(calls);
            List<Call> refused = all.stream().filter(c -> !c.ok()).toList();
            // answered while the database was down (a call still waiting for a connection when it came back may
            // rightly succeed)
            List<Call> duringOutage = all.stream().filter(c -> c.ended() >= stopped && c.ended() < starting).toList();
            assertThat(refused.stream().map(Call::status).collect(Collectors.toSet()))
                    .as("every refusal is a 503 (no 500, no broken connection): %s", refused).containsOnly(503);
            assertThat(duringOutage).as("calls during the outage").isNotEmpty().allSatisfy(c ->
                    assertThat(c.status()).isEqualTo(503));
            JsonNode problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(refused.get(0).body());
            assertThat(problem.get("code").asText()).isEqualTo("error.database-unavailable");
            assertThat(problem.get("message_en").asText()).contains("database is unavailable", "not saved");
            assertThat(problem.get("message_th").asText()).contains("ฐานข้อมูล");
            assertThat(refused.get(0).body()).doesNotContain("Exception", "at th.tidtam");
            List<long[]> probes = new ArrayList<>(health);
            assertThat(probes).as("/actuator/health said DOWN (503) while the database was stopped")
                    .anyMatch(p -> p[0] >= stopped && p[0] < starting && p[1] == 503);
            assertThat(probes).as("and UP again afterwards").anyMatch(p -> p[0] > back && p[1] == 200);
            List<Call> afterRestart = all.stream().filter(c -> c.started() > back).toList();
            assertThat(afterRestart).as("every call begun after the database was back succeeded, no restart")
                    .isNotEmpty().allSatisfy(c -> assertThat(c.ok()).as(c.toString()).isTrue());

            assertThat(outageScreen).as("the screen opened during the outage says why, in Thai")
                    .contains("ฐานข้อมูลไม่พร้อมใช้งาน").doesNotContain("Exception");
            assertThat(screens.openWorks("directives")).as("the same screen opens once the database is back").isTrue();
            screens.close();

            verifyNothingLostNothingHalfWritten(jdbcUrl, all, files);
            verifyTheJobExecutorRunsAgain(jdbcUrl);

            long firstOkAfter = all.stream().filter(c -> c.ok() && c.ended() > back).mapToLong(Call::ended).min()
                    .orElseThrow();
            String figures = String.format(Locale.ROOT, """
                    Drill 6 (database outage) figures
                      outage: database stopped for %.1f s (stop took %.1f s, start took %.1f s)
                      calls: %d tried, %d succeeded, %d refused with 503 (%d answered during the outage), 0 with 500
                      recovery: first success %.2f s after the database was back; node not restarted
                      health probes: %d, DOWN during the outage: %d
                    """, (back - stopping) / 1e9, (stopped - stopping) / 1e9, (back - starting) / 1e9, all.size(),
                    all.size() - refused.size(), refused.size(), duringOutage.size(), (firstOkAfter - back) / 1e9,
                    probes.size(), probes.stream().filter(p -> p[0] >= stopped && p[0] < starting && p[1] == 503).count());
            System.out.println(figures);
            Files.writeString(Path.of("target", "drill-db", "database-outage-figures.txt"), figures);
        } finally {
            // the calls under way end on their own; no further one starts
            loops.stop(Duration.ZERO);
            try {
                db.stop();
            } catch (Exception alreadyStopped) {
                // stopped by the drill and not started again (a failure in between): nothing left to stop
            }
        }
    }

    /** A person in the browser (Debian's Chromium through Playwright, as the browser tests use it). */
    static final class Screens implements AutoCloseable {

        private final int port;
        private final com.microsoft.playwright.Playwright playwright;
        private final com.microsoft.playwright.Browser browser;
        private final com.microsoft.playwright.Page page;

        Screens(int port) {
            this.port = port;
            playwright = com.microsoft.playwright.Playwright.create(new com.microsoft.playwright.Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new com.microsoft.playwright.BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking")));
            page = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("th-TH")
                    .setViewportSize(1400, 900)).newPage();
            page.setDefaultTimeout(60_000);
        }

        void login(String username) {
            page.navigate("http://localhost:" + port + "/login");
            page.locator("vaadin-login-form input[name='username']").fill(username);
            page.locator("vaadin-login-form input[name='password']").fill("demo");
            page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form [part='vaadin-login-submit']")
                    .first().click();
            page.locator("[data-testid='current-user']").waitFor();
        }

        /**
         * Opens a screen while the database is down; returns the message shown (after the pool's wait): the
         * error page if the screen could not be built, or the notification if its data failed to load.
         */
        String openAndReadOutageMessage(String path) {
            page.navigate("http://localhost:" + port + "/" + path);
            com.microsoft.playwright.Locator message = page.getByText("ฐานข้อมูลไม่พร้อมใช้งาน").first();
            message.waitFor();
            screenshot("drill6-outage.png");
            return message.innerText();
        }

        boolean openWorks(String path) {
            page.navigate("http://localhost:" + port + "/" + path);
            page.locator("[data-testid='current-user']").waitFor();
            // every round trip answered: a failing data load would have shown its notification by then
            page.waitForFunction("""
                    () => {
                      const flow = window.Vaadin && window.Vaadin.Flow;
                      if (!flow || !flow.clients) { return false; }
                      const clients = Object.values(flow.clients);
                      return clients.length > 0 && clients.every(c => !c.isActive || !c.isActive());
                    }""");
            screenshot("drill6-recovered.png");
            return page.getByText("ฐานข้อมูลไม่พร้อมใช้งาน").count() == 0;
        }

        private void screenshot(String name) {
            page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                    .setPath(Path.of("target", "screenshots", name)));
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }

    /**
     * One client: issue, attach, screen, acknowledge, report; a refused step is tried again until it succeeds. One
     * {@link #step} is one call; it returns the pause before the next.
     */
    private final class Worker {
        private final int port;
        private final String worker;
        private final long unit;
        private final ApiClient api;
        private int stage;
        private long directive = -1;
        private int seq;

        Worker(int port, String worker, long unit) {
            this.port = port;
            this.worker = worker;
            this.unit = unit;
            this.api = new ApiClient(port);
        }

        long step() {
            seq++;
            String key = "drill6-" + worker + "-" + seq;
            long started = System.nanoTime();
            int status;
            String body;
            String op;
            try {
                switch (stage) {
                    case 0 -> {
                        op = "issue";
                        Map<String, Object> command = new HashMap<>();
                        command.put("subject", key);
                        command.put("text", "ฝึกซ้อมฐานข้อมูลหยุด " + key);
                        command.put("urgency", "NORMAL");
                        command.put("leadUnitId", unit);
                        command.put("supportingUnitIds", List.of());
                        command.put("dueInWorkingDays", 10);
                        command.put("cadence", "DAILY");
                        ApiClient.Response r = api.post("/api/directives", "governor", command);
                        status = r.status();
                        body = r.raw();
                        if (status == 201) {
                            directive = r.body().get("id").asLong();
                        }
                    }
                    case 1 -> {
                        op = "attach";
                        byte[] bytes = ("หลักฐาน " + key + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
                        Multipart.Result r = Multipart.attach(port, "governor", directive, key + ".txt", bytes);
                        status = r.status();
                        body = r.body();
                        if (status == 201) {
                            attachedDigests.put(key + ".txt", sha256(bytes));
                        }
                    }
                    case 2, 3 -> {
                        op = stage == 2 ? "screen" : "acknowledge";
                        String user = stage == 2 ? "head" : "agency.health";
                        String kind = stage == 2 ? "screenDirective" : "acknowledgePart";
                        ApiClient.Response inbox = api.get("/api/tasks?limit=500", user);
                        String task = inbox.status() == 200 ? taskOf(inbox.body(), directive, kind) : null;
                        if (task == null) {
                            status = inbox.status();
                            body = inbox.raw();
                            op = "inbox";
                        } else {
                            key = task;
                            ApiClient.Response r = api.post("/api/tasks/" + task + "/complete", user,
                                    stage == 2 ? Map.of("outcome", "CONFIRM") : Map.of());
                            status = r.status();
                            body = r.raw();
                        }
                    }
                    default -> {
                        op = "report";
                        ApiClient.Response inbox = api.get("/api/tasks?limit=500", "agency.health");
                        String task = inbox.status() == 200 ? taskOf(inbox.body(), directive, "reportOnPart") : null;
                        if (task == null) {
                            status = inbox.status();
                            body = inbox.raw();
                            op = "inbox";
                        } else {
                            ApiClient.Response r = api.post("/api/tasks/" + task + "/progress", "agency.health",
                                    Map.of("progress", "ON_TRACK", "percent", 20, "note", "รายงาน " + key));
                            status = r.status();
                            body = r.raw();
                        }
                    }
                }
            } catch (RuntimeException e) {
                op = "stage" + stage;
                status = -1;
                body = e.toString();
            }
            calls.add(new Call(worker, op, key, status, started, System.nanoTime(), body));
            boolean advanced = status >= 200 && status < 300 && !op.equals("inbox");
            if (advanced) {
                stage = (stage + 1) % 5;
                return 0;
            } else if (status == 200 && op.equals("inbox")) {
                // the task is not there: the step before did not create it; nothing to do but look again
                return 200;
            } else {
                return 500;
            }
        }
    }

    /** Workers that have finished a whole cycle (a report filed) on a directive issued after {@code since}. */
    private long cyclesDone(long since) {
        Set<String> issuedAfter = calls.stream().filter(c -> c.op().equals("issue") && c.ok() && c.started() > since)
                .map(Call::worker).collect(Collectors.toSet());
        return calls.stream().filter(c -> c.op().equals("report") && c.ok() && c.started() > since
                && issuedAfter.contains(c.worker())).map(Call::worker).distinct().count();
    }

    private static String taskOf(JsonNode tasks, long directive, String kind) {
        for (JsonNode t : tasks) {
            if (t.path("directiveId").asLong() == directive && t.get("taskDefinitionKey").asText().equals(kind)) {
                return t.get("taskId").asText();
            }
        }
        return null;
    }

    /** Asks /actuator/health once a second (a second after its last answer). */
    private final class HealthProbe {
        private final int port;
        private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5)).build();

        HealthProbe(int port) {
            this.port = port;
        }

        long probe() {
            long at = System.nanoTime();
            int status;
            try {
                status = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/actuator/health")).timeout(Duration.ofSeconds(30)).GET().build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                status = -1;
            }
            health.add(new long[] {at, status});
            return 1000;
        }
    }

    private void verifyNothingLostNothingHalfWritten(String jdbcUrl, List<Call> all, Path files) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "")) {
            Set<String> issuedOk = keys(all, "issue", true);
            Set<String> issuedRefused = keys(all, "issue", false);
            Map<String, Long> directives = new TreeMap<>();
            for (Map<String, Object> row : rows(c, "select id, subject from directive where subject like 'drill6-%'")) {
                directives.put((String) row.get("subject"), ((Number) row.get("id")).longValue());
            }
            // noneMatch, not doesNotContainAnyElementsOf: a short outage may refuse no issue at all
            assertThat(directives.keySet()).as("every issued directive is there, no refused one is")
                    .isEqualTo(issuedOk).noneMatch(issuedRefused::contains);
            String ids = directives.values().stream().map(String::valueOf).collect(Collectors.joining(","));
            assertThat(rows(c, "select d.id from directive d where d.id in (" + ids + ") and (not exists (select 1 from "
                    + "directive_part p where p.directive_id = d.id) or d.process_instance_id is null or not exists "
                    + "(select 1 from ACT_HI_PROCINST h where h.ID_ = d.process_instance_id) or not exists (select 1 from "
                    + "ACT_RU_TASK t where t.PROC_INST_ID_ = d.process_instance_id))"))
                    .as("no directive without its parts, its process or an open task").isEmpty();

            // each successful step left exactly one timeline entry, each refused step none
            Map<String, Long> events = new HashMap<>();
            for (Map<String, Object> row : rows(c, "select kind, count(*) n from case_event where case_type = 'DIRECTIVE' and case_id in ("
                    + ids + ") group by kind")) {
                events.put((String) row.get("kind"), ((Number) row.get("n")).longValue());
            }
            assertThat(events.getOrDefault("ISSUED", 0L)).isEqualTo(count(all, "issue"));
            assertThat(events.getOrDefault("ATTACHMENT_ADDED", 0L)).isEqualTo(count(all, "attach"));
            assertThat(events.getOrDefault("SCREENED", 0L)).isEqualTo(count(all, "screen"));
            assertThat(events.getOrDefault("ACKNOWLEDGED", 0L)).isEqualTo(count(all, "acknowledge"));
            assertThat(events.getOrDefault("PROGRESS_REPORTED", 0L)).isEqualTo(count(all, "report"));
            assertThat(queryLong(c, "select count(*) from progress_report where directive_id in (" + ids + ")"))
                    .isEqualTo(count(all, "report"));
            for (Call done : all.stream().filter(x -> x.ok() && (x.op().equals("screen") || x.op().equals("acknowledge")))
                    .toList()) {
                assertThat(queryLong(c, "select count(*) from ACT_RU_TASK where ID_ = '" + done.key() + "'"))
                        .as("completed task %s is gone", done.key()).isZero();
            }

            // attachments: a row and an identical file for every success, nothing for a refusal, no stray file
            Set<String> attachedOk = keys(all, "attach", true).stream().map(k -> k + ".txt").collect(Collectors.toSet());
            Map<String, Map<String, Object>> attachments = new TreeMap<>();
            for (Map<String, Object> row : rows(c, "select file_name, storage_key, sha256 from case_attachment "
                    + "where file_name like 'drill6-%'")) {
                attachments.put((String) row.get("file_name"), row);
            }
            assertThat(attachments.keySet()).isEqualTo(attachedOk);
            for (var e : attachments.entrySet()) {
                Path file = files.resolve((String) e.getValue().get("storage_key"));
                assertThat(sha256(Files.readAllBytes(file))).isEqualTo(e.getValue().get("sha256"))
                        .isEqualTo(attachedDigests.get(e.getKey()));
            }
            Set<String> storedKeys = new HashSet<>();
            rows(c, "select storage_key from case_attachment").forEach(r -> storedKeys.add((String) r.get("storage_key")));
            Set<String> onDisk;
            try (Stream<Path> list = Files.list(files)) {
                onDisk = list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
            }
            assertThat(onDisk).as("no file without its row, no half-received upload").isEqualTo(storedKeys);
        }
    }

    /** A timer made due now fires: the engine's job executor picked up again after the outage on its own. */
    private void verifyTheJobExecutorRunsAgain(String jdbcUrl) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "")) {
            // a follow-up timer of a directive issued in the drill, else any timer (a follow-up may run in a
            // process instance of its own)
            List<Map<String, Object>> timers = rows(c, "select j.ID_ from ACT_RU_JOB j join directive d on "
                    + "d.process_instance_id = j.PROCESS_INSTANCE_ID_ where j.TYPE_ = 'timer' and d.subject like 'drill6-%' "
                    + "order by j.ID_ limit 1");
            if (timers.isEmpty()) {
                timers = rows(c, "select ID_ from ACT_RU_JOB where TYPE_ = 'timer' and RETRIES_ > 0 order by DUEDATE_ limit 1");
            }
            assertThat(timers).as("a timer to make due").isNotEmpty();
            String job = (String) timers.get(0).get("ID_");
            try (PreparedStatement s = c.prepareStatement("update ACT_RU_JOB set DUEDATE_ = now() - interval 1 minute "
                    + "where ID_ = ?")) {
                s.setString(1, job);
                assertThat(s.executeUpdate()).isOne();
            }
            waitUntil(Duration.ofMinutes(3), () -> queryLong(c, "select count(*) from ACT_RU_JOB where ID_ = '" + job
                    + "' and DUEDATE_ <= now()") == 0);
        }
    }

    private static long count(List<Call> all, String op) {
        return all.stream().filter(c -> c.op().equals(op) && c.ok()).count();
    }

    private static Set<String> keys(List<Call> all, String op, boolean ok) {
        return all.stream().filter(c -> c.op().equals(op) && c.ok() == ok).map(Call::key).collect(Collectors.toSet());
    }

    private static List<Map<String, Object>> rows(Connection c, String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= n; i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static long queryLong(Connection c, String sql) {
        try {
            return ((Number) rows(c, sql).get(0).values().iterator().next()).longValue();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long queryLong(String jdbcUrl, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "")) {
            return queryLong(c, sql);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(Duration limit, java.util.concurrent.Callable<Boolean> condition) {
        org.awaitility.Awaitility.await().atMost(limit).pollInterval(Duration.ofMillis(250)).until(condition);
    }
}
