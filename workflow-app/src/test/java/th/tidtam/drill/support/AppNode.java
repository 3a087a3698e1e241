package th.tidtam.drill.support;

import java.io.BufferedReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One Tidtam application node in a JVM of its own (the test classpath, development mode), for drills that must stop
 * or kill what the shared test context cannot lose. The node answers on its own port; its output goes to a log file.
 */
public final class AppNode implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private AppNode(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts a node with these extra Spring arguments ({@code name -> value}, passed as {@code --name=value}) and
     * waits until it has started (application runners such as the demo data included) and its login page answers 200.
     */
    public static AppNode start(Map<String, String> properties, Path log, String... jvmOptions) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "th.tidtam.TidtamApplication",
                "--server.port=" + port, "--vaadin.launch-browser=false",
                // the line start() waits for: readiness turns ACCEPTING_TRAFFIC only after the application runners
                // (demo data); "Started TidtamApplication" comes before them
                "--logging.level.org.springframework.boot.availability=DEBUG"));
        properties.forEach((name, value) -> command.add("--" + name + "=" + value));
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CountDownLatch listening = new CountDownLatch(1);
        Thread copier = new Thread(() -> copy(process, log, listening), "app-node-log-" + port);
        copier.setDaemon(true);
        copier.start();
        AppNode node = new AppNode(process, port, log);
        try {
            if (!listening.await(6, TimeUnit.MINUTES) || !process.isAlive()) {
                throw new IllegalStateException("the application node did not start; see " + log.toAbsolutePath());
            }
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .timeout(Duration.ofMinutes(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("the login page answered " + r.statusCode() + "; see " + log);
            }
            return node;
        } catch (Exception | Error e) {
            node.close();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** SIGTERM and wait: Spring closes the node as on a normal shutdown. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** kill -9: the node dies in the middle of whatever it does. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void copy(Process process, Path log, CountDownLatch listening) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream()));
                PrintWriter out = new PrintWriter(new FileWriter(log.toFile()))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.println(line);
                out.flush();
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
}
