package th.tidtam.benchmark;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * P5: a new JVM runs the application (as the README's run command does, in development mode) and the clock stops
 * when the login page answers 200 — first on a fresh embedded database (unpacked, created, migrated, demo data
 * loaded), then again on the database the first start left behind.
 */
final class ColdStart {

    private final boolean full;

    ColdStart(boolean full) {
        this.full = full;
    }

    String run() throws Exception {
        Path folder = Path.of("target", "benchmark-coldstart").toAbsolutePath();
        java.nio.file.Files.createDirectories(folder);
        String dataDir = folder.resolve(UUID.randomUUID().toString()).toString();
        int runs = full ? 3 : 1;
        double fresh = start(dataDir, true);
        List<Double> existing = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            existing.add(start(dataDir, false));
        }
        double best = existing.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        return String.format(Locale.ROOT, "P5 cold start to the login page ours %.1f s with an existing database "
                + "(fresh database: %.1f s) baseline(target) 15.0 s ratio=%.2f", best, fresh, 15.0 / best);
    }

    private double start(String dataDir, boolean fresh) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "th.tidtam.TidtamApplication",
                "--server.port=" + port,
                "--tidtam.embedded-db.data-dir=" + dataDir,
                "--tidtam.embedded-db.server-dir=target/mariadb-server",
                "--tidtam.embedded-db.fresh=" + fresh,
                "--tidtam.embedded-db.allow-temp-dir=true",
                "--tidtam.attachments.dir=" + dataDir + "-files",
                "--vaadin.launch-browser=false",
                "--logging.level.root=WARN"));
        long start = System.nanoTime();
        Process app = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File(dataDir + (fresh ? "-fresh" : "-existing") + ".log")).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            while (System.nanoTime() - start < TimeUnit.MINUTES.toNanos(5)) {
                if (!app.isAlive()) {
                    throw new IllegalStateException("the application stopped; see " + dataDir + "*.log");
                }
                try {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return (System.nanoTime() - start) / 1e9;
                    }
                } catch (java.io.IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("no login page within 5 minutes");
        } finally {
            app.destroy(); // SIGTERM: Spring stops the embedded database cleanly, so its data survives for the next run
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }
}
