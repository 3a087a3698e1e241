package th.tidtam.drill.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One application node in a JVM of its own (the test classpath, development mode, as {@code spring-boot:run} runs
 * it), for drills that need several nodes or must kill one. Started like the benchmark's cold start: the node counts
 * as up when Spring Boot has said it is ready (its runners done, e.g. the demo data loaded) and the login page
 * answers. The output goes to a log file; callers
 * may also watch the lines as they come (e.g. to act on what the job executor logs).
 */
public final class AppNode implements AutoCloseable {

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private final double startSeconds;
    private final List<Consumer<String>> watchers = new CopyOnWriteArrayList<>();

    private AppNode(String name, int port, Process process, Path log, double startSeconds) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.startSeconds = startSeconds;
    }

    /** Options of one node; {@link #arg} are Spring properties, {@link #env} environment variables. */
    public static final class Options {
        private final String name;
        private final Map<String, String> args = new LinkedHashMap<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private final List<String> jvm = new ArrayList<>(List.of("-Xmx1g"));
        private Consumer<String> watcher;
        private String mainClass = "th.tidtam.TidtamApplication";
        private Path jar;
        private boolean atLaunch;

        public Options(String name) {
            this.name = name;
        }

        public Options arg(String property, Object value) {
            args.put(property, String.valueOf(value));
            return this;
        }

        public Options env(String variable, String value) {
            env.put(variable, value);
            return this;
        }

        public Options jvm(String option) {
            jvm.add(option);
            return this;
        }

        /** The node's engine clock (the application's Clock) runs this far ahead of the real one. */
        public Options clockAhead(java.time.Duration offset) {
            if (!offset.isZero()) {
                jvm.add("-Ddrill.clock-offset-ms=" + offset.toMillis());
                mainClass = ShiftedClockNode.class.getName();
            }
            return this;
        }

        /**
         * Runs this jar ({@code java -jar}, e.g. the production jar of {@link #productionJar()}) instead of the test
         * classpath: production mode, as an installation runs it.
         */
        public Options jar(Path jar) {
            this.jar = jar;
            return this;
        }

        /**
         * {@link #start} returns as soon as the JVM is launched, without waiting for the node to be ready or its login
         * page to answer: the caller watches the start itself (what a person or script that comes at once would see).
         */
        public Options returnAtLaunch() {
            this.atLaunch = true;
            return this;
        }

        /** Sees every output line from the very start (before {@link #start} returns). */
        public Options watch(Consumer<String> watcher) {
            this.watcher = watcher;
            return this;
        }
    }

    /**
     * The production jar ({@code ./mvnw -Pproduction -DskipTests package}, README) in {@code workflow-app/target},
     * or a clear failure saying how to build it. {@code -Dtidtam.jar=…} names another one.
     */
    public static Path productionJar() {
        String named = System.getProperty("tidtam.jar", "");
        if (!named.isBlank()) {
            return Path.of(named);
        }
        Path target = Path.of("target").toAbsolutePath();
        try (var files = Files.list(target)) {
            Path jar = files.filter(f -> f.getFileName().toString().matches("workflow-app-.*\\.jar"))
                    .filter(f -> !f.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no production jar in " + target
                            + ": build it first with ./mvnw -Pproduction -DskipTests package"));
            // a plain `package` or `verify` leaves a development-mode jar under the same name; it cannot run alone
            try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
                if (zip.stream().anyMatch(e -> e.getName().startsWith("BOOT-INF/lib/vaadin-dev-"))) {
                    throw new IllegalStateException(jar + " is a development-mode jar (vaadin-dev inside): build the "
                            + "production jar with ./mvnw -Pproduction -DskipTests package");
                }
            }
            return jar;
        } catch (IOException e) {
            throw new IllegalStateException("no " + target + ": build the production jar first with "
                    + "./mvnw -Pproduction -DskipTests package", e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the node and returns when its login page answers 200 (or at once, {@link Options#returnAtLaunch()}); fails
     * with the log's tail otherwise.
     */
    public static AppNode start(Options options, Path logDir) throws Exception {
        int port = freePort();
        Files.createDirectories(logDir);
        Path log = logDir.resolve(options.name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.jvm);
        if (options.jar != null) {
            command.addAll(List.of("-jar", options.jar.toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), options.mainClass));
        }
        command.addAll(List.of(
                "--server.port=" + port,
                "--vaadin.launch-browser=false",
                "--vaadin.devmode.devTools.enabled=false",
                // the one line the start waits for: the application is ready (after its runners, e.g. the demo data)
                "--logging.level.org.springframework.boot.availability=DEBUG"));
        options.args.forEach((k, v) -> command.add("--" + k + "=" + v));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(options.env);
        long started = System.nanoTime();
        Process process = builder.start();
        CountDownLatch listening = new CountDownLatch(1);
        List<Consumer<String>> early = new CopyOnWriteArrayList<>();
        if (options.watcher != null) {
            early.add(options.watcher);
        }
        Thread copier = new Thread(() -> copy(process, log, listening, early), "node-" + options.name + "-log");
        copier.setDaemon(true);
        copier.start();
        if (options.atLaunch) {
            return node(options, port, process, log, 0, early);
        }
        // a loaded machine (other builds beside the drill) may need longer: -Ddrill.node-start-minutes
        if (!listening.await(Long.getLong("drill.node-start-minutes", 6L), TimeUnit.MINUTES) || !process.isAlive()) {
            process.destroyForcibly();
            throw new IllegalStateException("node " + options.name + " did not start; see " + log + "\n" + tail(log));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .timeout(Duration.ofMinutes(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 200) {
            process.destroyForcibly();
            throw new IllegalStateException("node " + options.name + ": the login page answered " + r.statusCode());
        }
        return node(options, port, process, log, (System.nanoTime() - started) / 1e9, early);
    }

    private static AppNode node(Options options, int port, Process process, Path log, double startSeconds,
            List<Consumer<String>> early) {
        AppNode node = new AppNode(options.name, port, process, log, startSeconds);
        node.watchers.addAll(early);
        early.clear();
        early.add(line -> node.watchers.forEach(w -> w.accept(line)));
        return node;
    }

    private static void copy(Process app, Path log, CountDownLatch listening, List<Consumer<String>> watchers) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.println(line);
                out.flush();
                for (Consumer<String> w : watchers) {
                    w.accept(line);
                }
                if (line.contains("ReadinessState changed to ACCEPTING_TRAFFIC")) {
                    listening.countDown();
                }
            }
        } catch (IOException ended) {
            // the process ended
        } finally {
            listening.countDown();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Seconds from launching the JVM to ready (demo data loaded, if asked for) and the login page answering; 0 for a
     * node started with {@link Options#returnAtLaunch()}.
     */
    public double startSeconds() {
        return startSeconds;
    }

    public Path log() {
        return log;
    }

    /** The last lines of the node's output, for a failure message. */
    public String logTail() {
        return tail(log);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** {@code kill -9}: no shutdown hook, no transaction finished, locks left as they are. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM and wait (Spring closes cleanly); forcibly after a minute. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
