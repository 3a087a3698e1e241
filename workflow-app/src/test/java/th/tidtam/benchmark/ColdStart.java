package th.tidtam.benchmark;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import th.tidtam.drill.support.AppNode;

/**
 * P5: the production jar ({@link AppNode#productionJar()}), as an installation runs it, from the JVM's launch to the
 * first successful form login as {@code governor} — asked from the launch on, as an impatient person would (the
 * start-up gate answers 503 until logins work). First on a fresh data directory (MariaDB unpacked, installed, migrated,
 * demo data loaded), then on the one it left behind; then the same with the application class-data-sharing archive
 * (README, "Production jar": the jar extracted, a training run, {@code -XX:SharedArchiveFile}). Each line also gives
 * the JVM's CPU seconds to the login: on a shared machine they move far less than the wall-clock figure.
 */
final class ColdStart {

    private static final double TARGET_EXISTING = 15.0;
    private static final double TARGET_FRESH = 30.0;
    private static final List<String> JVM = List.of("-Xmx1g");

    private final boolean full;
    private final Path folder = Path.of("target", "benchmark-coldstart").toAbsolutePath();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ColdStart(boolean full) {
        this.full = full;
    }

    /** One line per measure (several lines in one string), or one {@code # P5 skipped} line without a production jar. */
    String run() throws Exception {
        Path jar;
        try {
            jar = AppNode.productionJar();
        } catch (IllegalStateException e) {
            // the benchmark's own `verify` packages a development jar over the production one, hence the profile
            return "# P5 skipped: " + e.getMessage().replace('\n', ' ') + ". Run P5 as ./mvnw -q -pl workflow-app "
                    + "-Pbenchmark,production verify -Dbenchmark.only=P5, or pass a copy of the production jar with "
                    + "-Dbenchmark.jvm=-Dtidtam.jar=<path>";
        }
        Files.createDirectories(folder);
        List<String> lines = new ArrayList<>();
        Path plain = folder.resolve(UUID.randomUUID().toString());
        lines.add(line("production jar", TARGET_FRESH, "fresh database", start(List.of("-jar", jar.toString()), plain, true)));
        lines.add(line("production jar", TARGET_EXISTING, "existing database", best(List.of("-jar", jar.toString()), plain)));

        Optional<List<String>> cds = cdsArchive(jar, plain);
        if (cds.isEmpty()) {
            lines.add("# P5 with the CDS archive skipped: the training run failed (see " + folder + ")");
        } else {
            Path shared = folder.resolve(UUID.randomUUID().toString());
            lines.add(line("production jar + CDS archive", TARGET_FRESH, "fresh database", start(cds.get(), shared, true)));
            lines.add(line("production jar + CDS archive", TARGET_EXISTING, "existing database", best(cds.get(), shared)));
        }
        return String.join("\n", lines);
    }

    private Start best(List<String> launch, Path dataDir) throws Exception {
        Start best = null;
        for (int i = 0; i < (full ? 3 : 1); i++) {
            Start s = start(launch, dataDir, false);
            best = best == null || s.seconds < best.seconds ? s : best;
        }
        return best;
    }

    private static String line(String what, double target, String database, Start s) {
        return String.format(Locale.ROOT, "P5 start to a governor login, %s, %s: ours %.1f s (JVM CPU %.0f s; login "
                + "page first offered at %.1f s after %d 'starting' answers%s) baseline(target) %.1f s ratio=%.2f", what,
                database, s.seconds, s.cpuSeconds, s.pageSeconds, s.starting, s.refusals == 0 ? ""
                        : "; the login was refused " + s.refusals + " times first", target, target / s.seconds);
    }

    record Start(double seconds, double pageSeconds, double cpuSeconds, int starting, int refusals) {
    }

    /**
     * The jar extracted ({@code -Djarmode=tools extract}) and a training run on the existing database up to a governor
     * login ({@code -XX:ArchiveClassesAtExit}; the JVM writes the archive as it ends).
     *
     * @return the launch arguments that use the archive
     */
    private Optional<List<String>> cdsArchive(Path jar, Path trainingData) throws Exception {
        Path dir = folder.resolve("cds-" + UUID.randomUUID());
        if (run(List.of("-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", dir.toString()),
                dir.resolveSibling(dir.getFileName() + "-extract.log")) != 0) {
            return Optional.empty();
        }
        Path app = dir.resolve(jar.getFileName());
        Path archive = dir.resolve("tidtam.jsa");
        // the training run goes as far as the measure does (a governor login), then ends by SIGTERM: the archive then
        // also holds the classes of the runners, the login page and the authentication, not only the context's
        try {
            start(List.of("-XX:ArchiveClassesAtExit=" + archive, "-jar", app.toString()), trainingData, false);
        } catch (IllegalStateException failed) {
            return Optional.empty();
        }
        return Files.isRegularFile(archive)
                ? Optional.of(List.of("-XX:SharedArchiveFile=" + archive, "-jar", app.toString()))
                : Optional.empty();
    }

    private int run(List<String> args, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(JVM);
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            stop(p);
            return -1;
        }
        return p.exitValue();
    }

    private Start start(List<String> launch, Path dataDir, boolean fresh) throws Exception {
        int port = AppNode.freePort();
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(JVM);
        command.addAll(launch);
        command.addAll(appArgs(port, dataDir, fresh));
        Path log = Path.of(dataDir + (fresh ? "-fresh" : "-existing") + "-" + System.currentTimeMillis() + ".log");
        long launched = System.nanoTime();
        Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread copier = new Thread(() -> copy(app, log), "coldstart-log");
        copier.setDaemon(true);
        copier.start();
        String base = "http://localhost:" + port;
        try {
            AtomicInteger starting = new AtomicInteger();
            AtomicReference<HttpResponse<String>> page = new AtomicReference<>();
            int refusals = 0;
            double pageSeconds = 0;
            while (true) {
                await("the login page of " + log).atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                        .until(() -> {
                            if (!app.isAlive()) {
                                throw new IllegalStateException("the application ended; see " + log);
                            }
                            Optional<HttpResponse<String>> r = get(base + "/login");
                            if (r.isPresent() && r.get().statusCode() == 200) {
                                page.set(r.get());
                                return true;
                            }
                            r.ifPresent(answer -> starting.incrementAndGet());
                            return false;
                        });
                if (pageSeconds == 0) {
                    pageSeconds = (System.nanoTime() - launched) / 1e9;
                }
                if (loginWorks(base, page.get())) {
                    double seconds = (System.nanoTime() - launched) / 1e9;
                    double cpu = app.toHandle().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(-1.0);
                    return new Start(seconds, pageSeconds, cpu, starting.get(), refusals);
                }
                // without a start-up gate the page comes before the logins exist; stay below the lock (5 failures)
                if (++refusals >= 4) {
                    throw new IllegalStateException("the governor's login was refused " + refusals + " times; see " + log);
                }
                await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
            }
        } finally {
            stop(app);
        }
    }

    /**
     * SIGTERM, so that Spring stops the embedded database cleanly and its data survives for the next run; then whatever
     * the JVM started and left behind (a MariaDB server of a JVM that had to be killed stayed up and held its data
     * directory and half a gigabyte in one full run).
     */
    private static void stop(Process app) throws InterruptedException {
        List<ProcessHandle> started = app.descendants().toList();
        app.destroy();
        if (!app.waitFor(60, TimeUnit.SECONDS)) {
            app.destroyForcibly();
            app.waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle child : started) {
            if (child.isAlive()) {
                child.destroy();
                try {
                    child.onExit().get(20, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    child.destroyForcibly();
                }
            }
        }
    }

    /** The form login as a browser posts it (Vaadin's login view needs no CSRF token): a redirect away from /login. */
    private boolean loginWorks(String base, HttpResponse<String> page) throws Exception {
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst().orElse("");
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofString("username=governor&password=demo"))
                .build(), HttpResponse.BodyHandlers.discarding());
        return r.statusCode() == 302 && !r.headers().firstValue("Location").orElse("").contains("/login");
    }

    private Optional<HttpResponse<String>> get(String url) throws InterruptedException {
        try {
            return Optional.of(http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException notListening) {
            return Optional.empty();
        }
    }

    /**
     * A fresh start unpacks the MariaDB server into its own data directory, as a new installation's first start does;
     * the attachments and the sealing key sit beside the data directory.
     */
    private static List<String> appArgs(int port, Path dataDir, boolean fresh) {
        return List.of("--server.port=" + port,
                "--tidtam.embedded-db.data-dir=" + dataDir,
                "--tidtam.embedded-db.fresh=" + fresh,
                "--tidtam.embedded-db.allow-temp-dir=true",
                "--tidtam.demo-data=true",
                "--tidtam.attachments.dir=" + dataDir + "-files",
                "--tidtam.security.secret-key-file=" + dataDir + "-secret.key",
                "--logging.level.root=WARN");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void copy(Process app, Path log) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.println(line);
            }
        } catch (IOException ended) {
            // the process ended
        }
    }
}
