package th.tidtam.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import th.tidtam.database.EmbeddedMariaDb;
import th.tidtam.database.EmbeddedMariaDbProperties;
import th.tidtam.drill.support.AppNode;
import th.tidtam.support.ApiClient;

/**
 * Drill 5: two application nodes (JVMs of their own, started here) on one MariaDB (started here too). Both job
 * executors compete for the daily follow-up checks of late parts; every escalation step must land exactly once.
 * Then one node is killed with SIGKILL while it holds locked check jobs, and the other finishes them once the
 * locks expire; the survivor's screens and API keep answering.
 * <p>
 * The engine clock is per JVM, so the drill does not move it: the parts are made late in the application's
 * tables (acknowledgement due weeks ago) and the check jobs are made due by setting their due date to a minute ago,
 * both with JDBC, as real time passes on both nodes. The nodes run with a 10 s job lock time
 * ({@code camunda.bpm.job-execution.lock-time-in-millis}, default 5 min) so that the survivor's takeover is seen
 * within the drill, a short acquisition back-off (at most 0.5 s) so that both nodes see the jobs made due by JDBC at once and compete, and the full
 * history level so that each job run is on record with the node that ran it ({@code ACT_HI_JOB_LOG.HOSTNAME_}).
 * <p>
 * {@code ./mvnw -pl workflow-app verify -Pdrills -Dtest='TwoNodesDrillTest'} — figures in
 * {@code target/drills/two-nodes.txt}.
 */
@Tag("drill")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesDrillTest {

    private static final int LATE_PARTS = 24;
    private static final int LOCK_MS = 10_000;
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final Pattern ACQUIRED = Pattern.compile("Acquired (\\d+) jobs for process engine '[^']*': (.*)");
    private static final Pattern JOB_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Path dir = Path.of("target", "drills", "two-nodes").toAbsolutePath();
    private final Map<String, String> figures = new LinkedHashMap<>();
    private EmbeddedMariaDb db;
    private JdbcTemplate jdbc;
    private AppNode nodeA;
    private AppNode nodeB;
    private final List<Long> directiveIds = new ArrayList<>();
    private final List<String> instances = new ArrayList<>();
    private int rounds;
    private LocalDate nodesDay;

    private static final Set<LocalDate> DEMO_HOLIDAYS = demoHolidays();

    private static Set<LocalDate> demoHolidays() {
        try (var in = TwoNodesDrillTest.class.getResourceAsStream("/demo/holidays.csv")) {
            Set<LocalDate> days = new java.util.HashSet<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.matches("^\\d{4}-\\d{2}-\\d{2},.*")) {
                    days.add(LocalDate.parse(line.substring(0, 10)));
                }
            }
            return days;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Armed just before the round in which node A is to die; node A's watcher kills it on its next acquisition. */
    private final AtomicBoolean killArmed = new AtomicBoolean();
    private final Set<String> lockedByA = ConcurrentHashMap.newKeySet();
    private final AtomicLong killedAtNanos = new AtomicLong();

    @BeforeAll
    void startDatabaseAndNodes() throws Exception {
        Files.createDirectories(dir);
        db = EmbeddedMariaDb.start(new EmbeddedMariaDbProperties(dir.resolve("db").toString(), 0, "tidtam", true,
                Path.of("target", "mariadb-server").toAbsolutePath().toString(), true));
        DriverManagerDataSource ds = new DriverManagerDataSource(db.jdbcUrl() + "?connectTimeout=10000", db.username(),
                db.password());
        jdbc = new JdbcTemplate(ds);
        // one after the other, as a rolling start does: the first creates the schemas and loads the demo province
        // the daily check escalates nobody on a day off (by design): on a weekend or holiday the nodes' clocks run
        // ahead to the next working day, so the drill runs every day instead of skipping
        // -Ddrill.days-ahead=N starts the search N days ahead: tries the shifted clock on a working day too
        LocalDate real = LocalDate.now(BANGKOK);
        nodesDay = real.plusDays(Long.getLong("drill.days-ahead", 0L));
        while (!workingDay(nodesDay)) {
            nodesDay = nodesDay.plusDays(1);
        }
        Duration ahead = Duration.ofDays(nodesDay.toEpochDay() - real.toEpochDay());
        figures.put("nodes' clock ahead of the real one, days", String.valueOf(ahead.toDays()));
        nodeA = AppNode.start(node("node-a", true).clockAhead(ahead).watch(this::killOnAcquisition), dir);
        nodeB = AppNode.start(node("node-b", false).clockAhead(ahead), dir);
        figures.put("node-a start (fresh schema + demo province) s", fmt(nodeA.startSeconds()));
        figures.put("node-b start (existing schema) s", fmt(nodeB.startSeconds()));
    }

    /** Holidays come from the demo calendar's CSV: the database has none before node A loads the demo province. */
    private static boolean workingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !DEMO_HOLIDAYS.contains(day);
    }

    private AppNode.Options node(String name, boolean demo) {
        return new AppNode.Options(name)
                .arg("spring.datasource.url", db.jdbcUrl())
                .arg("spring.datasource.username", db.username())
                .arg("spring.datasource.password", db.password())
                .arg("tidtam.demo-data", demo)
                .arg("tidtam.attachments.dir", dir.resolve("files"))
                .arg("camunda.bpm.history-level", "full")
                .arg("camunda.bpm.generic-properties.properties.hostname", name)
                .arg("camunda.bpm.job-execution.lock-time-in-millis", LOCK_MS)
                .arg("camunda.bpm.job-execution.wait-time-in-millis", 200)
                .arg("camunda.bpm.job-execution.max-wait", 500)
                .arg("camunda.bpm.job-execution.max-jobs-per-acquisition", 1)
                .arg("logging.level.root", "WARN")
                .arg("logging.level.org.camunda.bpm.engine.jobexecutor", "DEBUG");
    }

    private void killOnAcquisition(String line) {
        if (!killArmed.get()) {
            return;
        }
        Matcher m = ACQUIRED.matcher(line);
        if (m.find() && Integer.parseInt(m.group(1)) > 0 && killArmed.compareAndSet(true, false)) {
            Matcher ids = JOB_ID.matcher(m.group(2));
            while (ids.find()) {
                lockedByA.add(ids.group());
            }
            try {
                nodeA.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            killedAtNanos.set(System.nanoTime());
        }
    }

    @AfterAll
    void stopEverything() throws Exception {
        try {
            StringBuilder out = new StringBuilder("# drill 5, two nodes on one MariaDB, "
                    + java.time.LocalDateTime.now().withNano(0) + ", load average " + loadAverage() + "\n");
            figures.forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
            Files.writeString(dir.resolveSibling("two-nodes.txt"), out);
            System.out.println(out);
        } finally {
            for (AppNode n : new AppNode[] { nodeA, nodeB }) {
                if (n != null) {
                    n.close();
                }
            }
            if (db != null) {
                db.stop();
            }
        }
    }

    @Test
    @Order(1)
    void eachFollowUpCheckRunsOnceAndEachEscalationStepLandsOnceWhileBothNodesCompete() throws Exception {
        // the nodes' clocks run ahead to the next working day when today is a day off (startDatabaseAndNodes)
        LocalDate today = nodesDay;

        ApiClient api = new ApiClient(nodeB.port());
        long cdc = jdbc.queryForObject("select id from org_unit where code = 'AG-HEALTH-CDC'", Long.class);
        for (int i = 0; i < LATE_PARTS; i++) {
            // issued on node B, screened there; the parts' check timers are then on record for both nodes alike
            directiveIds.add((i % 2 == 0 ? api : new ApiClient(nodeA.port()))
                    .issueScreened("ซ้อมสองเครื่อง " + i, cdc, "NONE", 20));
        }
        String ids = String.join(",", directiveIds.stream().map(String::valueOf).toList());
        instances.addAll(jdbc.queryForList("select process_instance_id from directive where id in (" + ids + ")", String.class));
        // late for weeks: every check may climb one more step, up to the governor
        jdbc.update("update directive_part set acknowledge_due = ? where directive_id in (" + ids + ")",
                today.minusDays(28));

        // three checks climb to the governor; more rounds add checks but no step. On a quiet machine one node may run a
        // whole round before the other wakes (its idle back-off), so rounds go on until both have run check jobs
        for (int r = 0; r < 3 || (jobsPerNode().size() < 2 && r < 10); r++) {
            runCheckRound(Duration.ofMinutes(3));
        }

        Map<String, Long> perHost = jobsPerNode();
        figures.put("check jobs run per node while both competed", perHost.toString());
        assertThat(perHost.keySet()).as("both nodes ran check jobs").contains("node-a", "node-b");
        assertEverythingHappenedExactlyOnce(rounds);
    }

    @Test
    @Order(2)
    void whenANodeIsKilledWhileHoldingCheckJobsTheOtherFinishesThemOnce() throws Exception {
        assertThat(rounds).as("the first drill's check rounds ran (it must pass first)").isGreaterThanOrEqualTo(3);
        long before = jdbc.queryForObject("select count(*) from case_event where case_type = 'DIRECTIVE' and kind = 'ESCALATED'", Long.class);
        // several rounds may pass before node A wins an acquisition; each round still climbs at most one step
        for (int attempt = 0; attempt < 10 && nodeA.isAlive(); attempt++) {
            killArmed.set(true);
            runCheckRound(Duration.ofMinutes(3));
        }
        killArmed.set(false);
        assertThat(nodeA.isAlive()).as("node A was killed while holding check jobs").isFalse();
        assertThat(lockedByA).as("jobs node A held when it died").isNotEmpty();

        // the round in which A died ends only when B has run what A held, after the locks expired
        long takeoverMs = (System.nanoTime() - killedAtNanos.get()) / 1_000_000;
        List<String> finishedBy = new ArrayList<>();
        for (String job : lockedByA) {
            finishedBy.addAll(jdbc.queryForList("select HOSTNAME_ from ACT_HI_JOB_LOG where JOB_ID_ = ? and JOB_STATE_ = 2",
                    String.class, job));
        }
        figures.put("jobs node A held when killed", String.valueOf(lockedByA.size()));
        figures.put("of those finished by (node)", String.valueOf(finishedBy));
        figures.put("from kill -9 to the survivor having run them all, ms (lock time " + LOCK_MS + ")",
                String.valueOf(takeoverMs));
        assertThat(finishedBy).as("each job A held ran exactly once").hasSize(lockedByA.size());

        // one more round on the survivor alone, then everything is counted again
        runCheckRound(Duration.ofMinutes(3));
        figures.put("check jobs run per node in total", jobsPerNode().toString());
        assertEverythingHappenedExactlyOnce(rounds);
        long after = jdbc.queryForObject("select count(*) from case_event where case_type = 'DIRECTIVE' and kind = 'ESCALATED'", Long.class);
        assertThat(after).as("parts already at the governor climb no further").isEqualTo(before);
    }

    @Test
    @Order(3)
    void theSurvivorStillServesTheScreensAndTheApi() {
        assertThat(directiveIds).as("the first drill's directives (it must pass first)").isNotEmpty();
        AppNode survivor = nodeA.isAlive() ? nodeA : nodeB;
        ApiClient api = new ApiClient(survivor.port());
        ApiClient.Response tasks = api.get("/api/tasks?limit=500", "governor");
        assertThat(tasks.status()).isEqualTo(200);
        long chases = 0;
        for (var t : tasks.body()) {
            if (t.get("taskDefinitionKey").asText().equals("followUpEscalation")
                    && directiveIds.contains(t.path("directiveId").asLong())) {
                chases++;
            }
        }
        assertThat(chases).as("one chase task per late part in the governor's work").isEqualTo(LATE_PARTS);
        long directive = directiveIds.get(0);
        ApiClient.Response detail = api.get("/api/directives/" + directive, "governor");
        assertThat(detail.status()).isEqualTo(200);
        String number = detail.body().get("number").asText();

        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                        .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking")));
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("th-TH")
                        .setViewportSize(1400, 3000)
                        .setTimezoneId("Asia/Bangkok"))) {
            context.setDefaultTimeout(60_000);
            Page page = context.newPage();
            page.navigate(survivor.baseUrl() + "/login");
            page.locator("vaadin-login-form input[name='username']").fill("governor");
            page.locator("vaadin-login-form input[name='password']").fill("demo");
            page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form [part='vaadin-login-submit']")
                    .first().click();
            page.locator("vaadin-app-layout").waitFor();
            page.navigate(survivor.baseUrl() + "/work");
            // the inbox's grid shows the drill's chase tasks by their directive's subject
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("ซ้อมสองเครื่อง"))
                    .first().waitFor();
            page.navigate(survivor.baseUrl() + "/directives/" + directive);
            page.getByText("ซ้อมสองเครื่อง 0").first().waitFor();
            assertThat(page.content()).contains(number);
            Files.createDirectories(Path.of("target", "screenshots"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "drill-survivor-directive.png"))
                    .setFullPage(true));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Makes every late part's check job due a minute ago and waits until each has run and been replaced by the next
     * morning's (a repeating timer), i.e. until no check job of ours is due any more.
     */
    private void runCheckRound(Duration timeout) {
        String in = instancesIn();
        Timestamp past = new Timestamp(System.currentTimeMillis() - 60_000);
        Timestamp due = new Timestamp(System.currentTimeMillis());
        int moved = jdbc.update("update ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_ set j.DUEDATE_ = ? "
                + "where d.ACT_ID_ = 'followUpTimer' and j.PROCESS_INSTANCE_ID_ in (" + in + ")", past);
        assertThat(moved).as("one check job per late part").isEqualTo(LATE_PARTS);
        org.awaitility.Awaitility.await("round " + (rounds + 1) + " of the check jobs").atMost(timeout)
                .pollInterval(Duration.ofMillis(250)).until(() -> {
                    List<String> failures = jdbc.queryForList("select EXCEPTION_MSG_ from ACT_RU_JOB where EXCEPTION_MSG_ "
                            + "is not null and PROCESS_INSTANCE_ID_ in (" + in + ")", String.class);
                    assertThat(failures).as("failed jobs").isEmpty();
                    return jdbc.queryForObject("select count(*) from ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = "
                            + "j.JOB_DEF_ID_ where d.ACT_ID_ = 'followUpTimer' and j.DUEDATE_ <= ? "
                            + "and j.PROCESS_INSTANCE_ID_ in (" + in + ")", Integer.class, due) == 0;
                });
        rounds++;
    }

    private void assertEverythingHappenedExactlyOnce(int checks) {
        String in = instancesIn();
        // each check job ran to success once, and as many ran per part as there were rounds
        List<Map<String, Object>> runs = jdbc.queryForList("select PROCESS_INSTANCE_ID_ pi, count(*) n, count(distinct JOB_ID_) jobs "
                + "from ACT_HI_JOB_LOG where ACT_ID_ = 'followUpTimer' and JOB_STATE_ = 2 "
                + "and PROCESS_INSTANCE_ID_ in (" + in + ") group by PROCESS_INSTANCE_ID_");
        assertThat(runs).hasSize(LATE_PARTS);
        for (Map<String, Object> r : runs) {
            assertThat(((Number) r.get("n")).intValue()).as("successful checks of %s", r.get("pi")).isEqualTo(checks);
            assertThat(((Number) r.get("jobs")).intValue()).as("distinct check jobs of %s", r.get("pi")).isEqualTo(checks);
        }
        Integer checkActivities = jdbc.queryForObject("select count(*) from ACT_HI_ACTINST where ACT_ID_ = 'checkFollowUp' "
                + "and PROC_INST_ID_ in (" + in + ")", Integer.class);
        assertThat(checkActivities).as("check activities run").isEqualTo(checks * LATE_PARTS);

        String ids = String.join(",", directiveIds.stream().map(String::valueOf).toList());
        for (Map<String, Object> part : jdbc.queryForList("select p.id, p.escalation_level, d.process_instance_id from directive_part p "
                + "join directive d on d.id = p.directive_id where d.id in (" + ids + ")")) {
            long partId = ((Number) part.get("id")).longValue();
            int level = ((Number) part.get("escalation_level")).intValue();
            List<String> steps = jdbc.queryForList("select detail from case_event where case_type = 'DIRECTIVE' and part_id = ? and kind = 'ESCALATED' "
                    + "order by id", String.class, partId);
            // UNACKNOWLEDGED 1, UNACKNOWLEDGED 2, UNACKNOWLEDGED 3: each rung once, in order, up to the governor
            assertThat(steps).as("escalation steps on the timeline of part %d", partId)
                    .containsExactly("UNACKNOWLEDGED 1", "UNACKNOWLEDGED 2", "UNACKNOWLEDGED 3");
            assertThat(level).isEqualTo(3);
            Integer chases = jdbc.queryForObject("select count(*) from ACT_HI_TASKINST where TASK_DEF_KEY_ = 'followUpEscalation' "
                    + "and PROC_INST_ID_ = ?", Integer.class, part.get("process_instance_id"));
            assertThat(chases).as("chase tasks of part %d", partId).isEqualTo(3);
            Integer toYou = jdbc.queryForObject("select count(*) from case_alert where case_type = 'DIRECTIVE' and part_id = ? and kind = 'ESCALATED_TO_YOU'",
                    Integer.class, partId);
            assertThat(toYou).as("alerts to the rungs of part %d", partId).isEqualTo(3);
        }
    }

    private Map<String, Long> jobsPerNode() {
        Map<String, Long> perHost = new LinkedHashMap<>();
        jdbc.query("select HOSTNAME_ h, count(*) n from ACT_HI_JOB_LOG where ACT_ID_ = 'followUpTimer' "
                + "and JOB_STATE_ = 2 and PROCESS_INSTANCE_ID_ in (" + instancesIn() + ") group by HOSTNAME_ order by HOSTNAME_",
                rs -> {
                    perHost.put(rs.getString("h"), rs.getLong("n"));
                });
        return perHost;
    }

    private String instancesIn() {
        return instances.stream().map(i -> "'" + i + "'")
                .reduce((x, y) -> x + "," + y).orElse("''");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "?";
        }
    }
}
