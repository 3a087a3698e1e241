package th.tidtam.load;

import java.nio.file.Path;
import java.util.UUID;

import th.tidtam.drill.support.AppNode;

/**
 * The node the load run measures: the production jar by default ({@code java -jar}, production mode, as an
 * installation runs it; {@link AppNode#productionJar()} refuses a development-mode jar and says how to build the
 * right one), or {@code -Dload.node=classpath} for the test classpath in development mode. Fresh embedded MariaDB,
 * the demo province, the job executor on. {@code -Dload.jfr=true} records a Java Flight Recording of the whole node
 * ({@code target/load-db/load-node.jfr}, profiling settings) to find where a slow action spends its time.
 */
final class LoadNode {

    private LoadNode() {
    }

    record Started(AppNode node, String jdbcUrl, String mode) {
    }

    static Started start() throws Exception {
        String mode = System.getProperty("load.node", "jar");
        int dbPort = AppNode.freePort();
        Path logDir = Path.of("target", "load-db").toAbsolutePath();
        Path dir = logDir.resolve(UUID.randomUUID().toString());
        AppNode.Options options = new AppNode.Options("load-node");
        String description;
        switch (mode) {
            case "jar" -> {
                Path jar = AppNode.productionJar();
                options.jar(jar);
                description = "production jar " + jar.getFileName();
            }
            case "classpath" -> description = "test classpath, development mode";
            default -> throw new IllegalArgumentException("-Dload.node=" + mode + ": jar (the production jar, the default) "
                    + "or classpath (development mode)");
        }
        String jvm = System.getProperty("load.node.jvm", "");
        for (String option : jvm.isBlank() ? new String[0] : jvm.trim().split("\\s+")) {
            options.jvm(option);
        }
        if (Boolean.getBoolean("load.jfr")) {
            Path jfr = logDir.resolve("load-node.jfr");
            options.jvm("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile,dumponexit=true");
            description += ", flight recording to " + jfr;
        }
        AppNode node = AppNode.start(options
                .arg("tidtam.embedded-db.data-dir", dir)
                .arg("tidtam.embedded-db.server-dir", Path.of("target", "mariadb-server").toAbsolutePath())
                .arg("tidtam.embedded-db.fresh", true)
                .arg("tidtam.embedded-db.allow-temp-dir", true)
                .arg("tidtam.embedded-db.port", dbPort)
                .arg("tidtam.demo-data", true)
                .arg("tidtam.attachments.dir", dir + "-files")
                .arg("logging.level.root", "WARN"), logDir);
        return new Started(node, "jdbc:mariadb://127.0.0.1:" + dbPort + "/tidtam", description);
    }
}
