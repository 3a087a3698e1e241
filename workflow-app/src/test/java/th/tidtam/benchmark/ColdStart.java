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
import java.util.concurrent.CountDownLatch;
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
                "--logging.level.root=WARN",
                // the one line the measure waits for: the web server listens
                "--logging.level.org.springframework.boot.web.embedded.tomcat=INFO"));
        File log = new File(dataDir + (fresh ? "-fresh" : "-existing") + ".log");
        long start = System.nanoTime();
        Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
        CountDownLatch listening = new CountDownLatch(1);
        Thread copier = new Thread(() -> copy(app, log, listening), "coldstart-log");
        copier.setDaemon(true);
        copier.start();
        try {
            if (!listening.await(5, TimeUnit.MINUTES) || !app.isAlive()) {
                throw new IllegalStateException("the application did not start; see " + log);
            }
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            // the first request waits on the server for whatever the start still finishes (routes, security)
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .timeout(Duration.ofMinutes(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("the login page answered " + r.statusCode() + "; see " + log);
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            app.destroy(); // SIGTERM: Spring stops the embedded database cleanly, so its data survives for the next run
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    /** Copies the application's output to its log and tells when the web server listens (or the process ends). */
    private static void copy(Process app, File log, CountDownLatch listening) {
        try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(app.getInputStream()));
                java.io.PrintWriter out = new java.io.PrintWriter(new java.io.FileWriter(log))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.println(line);
                if (line.contains("Tomcat started on port")) {
                    out.flush();
                    listening.countDown();
                }
            }
        } catch (java.io.IOException ended) {
            // the process ended
        } finally {
            listening.countDown();
        }
    }
}
