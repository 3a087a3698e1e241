package th.tidtam.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import th.tidtam.drill.support.AppNode;

/**
 * P4: heap per logged-in Vaadin session on My work. Sessions log in through the login form and open My work the way
 * the browser does (bootstrap, {@code v-r=init}, the router's {@code ui-navigate} event), all kept open; used heap after
 * repeated full collections, before and after, divided by the number of sessions.
 * <p>
 * The figure that counts is the production jar's (the mode an installation runs): a node of its own, its heap read
 * with {@code jcmd} ({@code GC.run}, {@code GC.heap_info}) and its class histogram diffed before/after into
 * {@code target/benchmark-p4-histogram.txt}, so what a session holds is visible. The development-mode line (the
 * benchmark's own application, test classpath with {@code vaadin-dev}) is kept beside it: it costs seconds.
 */
final class SessionHeapMeasure {

    private static final double TARGET_KB = 150.0;

    private final ConfigurableApplicationContext app;
    private final boolean full;
    private final List<String> lines;

    SessionHeapMeasure(ConfigurableApplicationContext app, boolean full, List<String> lines) {
        this.app = app;
        this.full = full;
        this.lines = lines;
    }

    void run() throws Exception {
        int sessions = full ? 200 : 60;
        production(sessions);
        development(sessions);
    }

    private void print(String line) {
        BenchmarkMain.print(lines, line);
    }

    // ---------------------------------------------------------------- production jar, a node of its own

    private static final int WARM_UP_SESSIONS = 16;

    private void production(int sessions) throws Exception {
        Path jar;
        try {
            jar = AppNode.productionJar();
        } catch (IllegalStateException noJar) {
            print("# P4 production mode not measured: " + noJar.getMessage());
            return;
        }
        Path folder = Path.of("target", "benchmark-p4").toAbsolutePath();
        Files.createDirectories(folder);
        String dataDir = folder.resolve(UUID.randomUUID().toString()).toString();
        AppNode.Options options = new AppNode.Options("p4-production").jar(jar)
                .arg("tidtam.embedded-db.data-dir", dataDir)
                .arg("tidtam.embedded-db.server-dir", Path.of("target", "mariadb-server").toAbsolutePath())
                .arg("tidtam.embedded-db.fresh", true)
                .arg("tidtam.embedded-db.allow-temp-dir", true)
                .arg("tidtam.demo-data", true)
                .arg("tidtam.attachments.dir", dataDir + "-files")
                .arg("camunda.bpm.job-execution.enabled", false)
                .arg("logging.level.root", "WARN");
        if (System.getProperty("drill.node-start-minutes") == null) {
            // a shared two-core machine may take minutes to start a node with its demo data; 6 minutes were too few
            System.setProperty("drill.node-start-minutes", "20");
        }
        try (AppNode node = AppNode.start(options, folder)) {
            long pid = node.pid();
            warmUp(node.port());
            long before = usedHeapAfterGc(pid);
            Map<String, long[]> histogramBefore = histogram(pid);
            List<OpenSession> open = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                // the clients live in this JVM, the sessions in the node's: keeping them costs the node nothing
                open.add(session(node.port(), i % 2 == 0 ? "agency.health" : "head"));
            }
            long opened = usedHeapAfterGc(pid);
            writeDiff(histogramBefore, histogram(pid), sessions, Path.of("target", "benchmark-p4-histogram-opened.txt"));
            // the browser's next round trip (the grid confirming its first page, a click) replaces the response that
            // Vaadin keeps per UI for resending: the whole My work page until then
            for (OpenSession s : open) {
                s.roundTrip();
            }
            long after = usedHeapAfterGc(pid);
            writeDiff(histogramBefore, histogram(pid), sessions, Path.of("target", "benchmark-p4-histogram.txt"));
            double perSession = (after - before) / (double) sessions / 1024.0;
            print(String.format(Locale.ROOT, "P4 heap per logged-in Vaadin session on My work, production jar (%d sessions "
                    + "over HTTP, node's heap after GC by jcmd; %.0f KB right after the navigation, while Vaadin still keeps "
                    + "the page's whole response for resending) ours %.0f KB baseline(target) 150 KB ratio=%.2f", sessions,
                    (opened - before) / (double) sessions / 1024.0, perSession, TARGET_KB / perSession));
        }
    }

    /**
     * Sessions opened at once before the baseline, so that the worker threads that serve sessions exist, each with what
     * it keeps for itself (Jackson's buffer recycler holds two 64K-char buffers per thread that ever wrote Vaadin's JSON):
     * a cost per thread, bounded by the pool, which the sessions measured one after another would otherwise be charged
     * with (43 KB per session at 60 sessions, 6 KB at 200, before this warm-up).
     */
    private static void warmUp(int port) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(WARM_UP_SESSIONS);
        try {
            List<java.util.concurrent.Future<OpenSession>> opening = new ArrayList<>();
            for (int i = 0; i < WARM_UP_SESSIONS; i++) {
                String user = i % 2 == 0 ? "agency.health" : "head";
                opening.add(pool.submit(() -> session(port, user)));
            }
            for (java.util.concurrent.Future<OpenSession> s : opening) {
                s.get().roundTrip();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Used heap of process {@code pid} after full collections, until it stops shrinking. */
    static long usedHeapAfterGc(long pid) throws Exception {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            jcmd(pid, "GC.run");
            long now = heapUsed(jcmd(pid, "GC.heap_info"));
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }

    private static long heapUsed(String heapInfo) {
        // G1: " garbage-first heap   total 262144K, used 101234K [0x..."
        Matcher m = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K").matcher(heapInfo);
        if (!m.find()) {
            throw new IllegalStateException("no used heap in jcmd GC.heap_info:\n" + heapInfo);
        }
        return Long.parseLong(m.group(1)) * 1024;
    }

    /** Instances and bytes per class (after a full collection: GC.class_histogram collects first). */
    private static Map<String, long[]> histogram(long pid) throws Exception {
        Map<String, long[]> byClass = new HashMap<>();
        Pattern row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
        for (String line : jcmd(pid, "GC.class_histogram").split("\n")) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                byClass.merge(m.group(3), new long[] { Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) },
                        (a, b) -> new long[] { a[0] + b[0], a[1] + b[1] });
            }
        }
        return byClass;
    }

    private static void writeDiff(Map<String, long[]> before, Map<String, long[]> after, int sessions, Path out)
            throws Exception {
        List<Map.Entry<String, long[]>> grown = new ArrayList<>();
        after.forEach((name, a) -> {
            long[] b = before.getOrDefault(name, new long[2]);
            grown.add(Map.entry(name, new long[] { a[0] - b[0], a[1] - b[1] }));
        });
        grown.sort((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1]));
        List<String> text = new ArrayList<>();
        text.add(String.format(Locale.ROOT, "# class histogram growth over %d sessions (per session: instances, bytes)",
                sessions));
        long total = 0;
        for (Map.Entry<String, long[]> e : grown) {
            total += e.getValue()[1];
        }
        text.add(String.format(Locale.ROOT, "# total %.1f KB per session", total / (double) sessions / 1024));
        for (Map.Entry<String, long[]> e : grown.subList(0, Math.min(120, grown.size()))) {
            text.add(String.format(Locale.ROOT, "%10.1f %10.0f  %s", e.getValue()[0] / (double) sessions,
                    e.getValue()[1] / (double) sessions, e.getKey()));
        }
        Files.write(out, text);
    }

    private static String jcmd(long pid, String command) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + command + ": " + out);
        }
        return out;
    }

    // ---------------------------------------------------------------- development mode, the benchmark's application

    private void development(int sessions) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        // one session first, so that classes, caches and the route registry are loaded before the baseline
        session(port, "agency.health");
        long before = usedHeapAfterGc();
        for (int i = 0; i < sessions; i++) {
            // the client is dropped at once: the benchmark shares the heap with the server, and only the server's
            // sessions (which live on until they time out) may count
            session(port, i % 2 == 0 ? "agency.health" : "head");
        }
        long after = usedHeapAfterGc();
        double perSession = (after - before) / (double) sessions / 1024.0;
        print(String.format(Locale.ROOT, "P4 heap per logged-in Vaadin session on My work, development mode (%d sessions "
                + "through the servlet, heap after GC) ours %.0f KB baseline(target) 150 KB ratio=%.2f", sessions,
                perSession, TARGET_KB / perSession));
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        // a full collection per call, until the used heap stops shrinking
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            java.lang.management.ManagementFactory.getMemoryMXBean().gc();
            long now = rt.totalMemory() - rt.freeMemory();
            if (now >= used) {
                break;
            }
            used = now;
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Logs in through the login form and opens My work the way the browser does (bootstrap page, then the UI). */
    static OpenSession session(int port, String user) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String base = "http://localhost:" + port;
        http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(), HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
        HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (login.statusCode() >= 400) {
            throw new IllegalStateException("login as " + user + ": " + login.statusCode());
        }
        http.send(HttpRequest.newBuilder(URI.create(base + "/work")).GET().build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> boot = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=work&query="))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher key = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(boot.body());
        Matcher ui = Pattern.compile("\"v-uiId\":(\\d+)").matcher(boot.body());
        if (!key.find() || !ui.find()) {
            throw new IllegalStateException("no UI for " + user + ": " + boot.statusCode());
        }
        // the client then asks the server to navigate to the route, as the browser's router does
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"work\",\"query\":\"\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> init = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + ui.group(1)))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString());
        if (init.statusCode() != 200 || !init.body().contains("my-work")) {
            Files.writeString(Path.of("target", "benchmark-p4-init.json"), init.body());
            throw new IllegalStateException("My work did not open for " + user + ": " + init.statusCode()
                    + " (the answer is in target/benchmark-p4-init.json)");
        }
        Matcher sync = Pattern.compile("\"syncId\":(\\d+)").matcher(init.body());
        return new OpenSession(http, base + "/?v-r=uidl&v-uiId=" + ui.group(1), key.group(1),
                sync.find() ? Integer.parseInt(sync.group(1)) : 1);
    }

    /** A session left open on My work, with what its next UIDL message needs. */
    record OpenSession(HttpClient http, String uidl, String csrfToken, int syncId) {

        /** One more message from the client (no events: what the page sends next is a few bytes of state). */
        void roundTrip() throws Exception {
            String message = "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":[],\"syncId\":" + syncId + ",\"clientId\":1}";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(uidl))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(message)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || r.body().contains("\"resynchronize\"")) {
                Files.writeString(Path.of("target", "benchmark-p4-roundtrip.json"), r.body());
                throw new IllegalStateException("the round trip after My work answered " + r.statusCode()
                        + " (the answer is in target/benchmark-p4-roundtrip.json)");
            }
        }
    }

    /** Alone, against the production jar only: {@code java -cp <test classpath> …SessionHeapMeasure [sessions]}. */
    public static void main(String[] args) throws Exception {
        List<String> out = new ArrayList<>();
        new SessionHeapMeasure(null, false, out).production(args.length > 0 ? Integer.parseInt(args[0]) : 60);
        System.exit(0);
    }
}
