package th.tidtam.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded MariaDB that the application starts when no database is configured.
 *
 * @param dataDir  where the server keeps its files; relative paths resolve against the working directory
 * @param port     TCP port, 0 picks a free one
 * @param database schema the application uses
 * @param fresh    wipe the data directory before starting (tests only)
 * @param serverDir where the MariaDB binaries are unpacked; defaults to {@code <dataDir>/server}. Tests share one
 *                  copy of the binaries between databases.
 * @param allowTempDir accept a data directory under {@code java.io.tmpdir} (tests only: their databases are
 *                  throw-away, and a checkout may well lie under /tmp)
 */
@ConfigurationProperties("tidtam.embedded-db")
public record EmbeddedMariaDbProperties(String dataDir, Integer port, String database, Boolean fresh, String serverDir,
        Boolean allowTempDir) {

    public EmbeddedMariaDbProperties {
        dataDir = dataDir == null || dataDir.isBlank() ? "data/mariadb" : dataDir;
        port = port == null ? 0 : port;
        database = database == null || database.isBlank() ? "tidtam" : database;
        fresh = fresh != null && fresh;
        allowTempDir = allowTempDir != null && allowTempDir;
        serverDir = serverDir == null || serverDir.isBlank() ? dataDir + "/server" : serverDir;
    }
}
