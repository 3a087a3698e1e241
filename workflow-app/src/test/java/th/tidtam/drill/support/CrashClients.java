package th.tidtam.drill.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The people and the engine at work while the database crashes (drill 7): workers that issue, screen, acknowledge and
 * report through the API and, refused with 503, try again after the Retry-After the application names; a probe that
 * times one read every 300 ms; an escalator that keeps making the late parts' follow-up checks due (the job executor
 * runs them). Every answer is recorded. Each of them is a {@link PacedLoops} loop: its pauses are scheduled, no thread
 * sleeps through them.
 */
public final class CrashClients {

    /** One API call: its answer, and nanoTime at start and end. */
    public record Call(String worker, String op, String key, int status, long started, long ended, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** A call that asked for something to be saved (a lookup of the inbox is not one). */
        public boolean write() {
            return !op.equals("inbox");
        }

        @Override
        public String toString() {
            return worker + " " + op + " " + key + " -> " + status + " "
                    + (body == null ? "" : body.substring(0, Math.min(160, body.length())));
        }
    }

    public record Probe(long started, long ended, int status) {
    }

    private record Answer(int status, String body, long retryAfterSeconds) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                return null;
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final long unit;
    private final String jdbcUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Probe> probes = new ConcurrentLinkedQueue<>();
    private final PacedLoops loops = new PacedLoops("drill7");

    public CrashClients(int port, long unit, String jdbcUrl) {
        this.port = port;
        this.unit = unit;
        this.jdbcUrl = jdbcUrl;
    }

    public void startWorkers(int count) {
        for (int i = 0; i < count; i++) {
            String name = "w" + i;
            loops.start("drill7-" + name, new Worker(name)::step);
        }
    }

    public void startProbe() {
        loops.start("drill7-probe", () -> {
            long started = System.nanoTime();
            int status = send("GET", "/api/tasks?limit=5", "head", null).status();
            probes.add(new Probe(started, System.nanoTime(), status));
            return 300;
        });
    }

    /** Keeps the late parts' check jobs due (as a morning would); fails like everything else while the server is down. */
    public void startEscalator(String processInstances) {
        loops.start("drill7-escalator", () -> {
            try (Connection c = DriverManager.getConnection(jdbcUrl + "?connectTimeout=2000&socketTimeout=5000", "root",
                    ""); Statement s = c.createStatement()) {
                s.executeUpdate("update ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_ set j.DUEDATE_ = "
                        + "now() - interval 1 minute where d.ACT_ID_ = 'followUpTimer' and j.LOCK_OWNER_ is null "
                        + "and j.DUEDATE_ > now() and j.PROCESS_INSTANCE_ID_ in (" + processInstances + ")");
            } catch (Exception down) {
                // the server is down: the next morning comes anyway
            }
            return 1000;
        });
    }

    public List<Call> calls() {
        return new ArrayList<>(calls);
    }

    public List<Probe> probes() {
        return new ArrayList<>(probes);
    }

    /** Workers that filed a report on a directive they issued after {@code since} (nanoTime). */
    public long cyclesDone(long since) {
        Set<String> issuedAfter = calls.stream().filter(c -> c.op().equals("issue") && c.ok() && c.started() > since)
                .map(Call::worker).collect(Collectors.toSet());
        return calls.stream().filter(c -> c.op().equals("report") && c.ok() && c.started() > since
                && issuedAfter.contains(c.worker())).map(Call::worker).distinct().count();
    }

    /** No call starts any more; the calls under way are answered and recorded (within two minutes). */
    public void stop() throws InterruptedException {
        loops.stop(Duration.ofMinutes(2));
    }

    /**
     * One worker: issue, screen, acknowledge, report, over and over; a refused step is tried again after a pause (the
     * Retry-After of a 503). One {@link #step} is one call; it returns the pause before the next.
     */
    private final class Worker {
        private final String worker;
        private int stage;
        private long directive = -1;
        private int seq;

        Worker(String worker) {
            this.worker = worker;
        }

        long step() {
            seq++;
            String key = "drill7-" + worker + "-" + seq;
            long started = System.nanoTime();
            String op;
            Answer a;
            if (stage == 0) {
                op = "issue";
                a = send("POST", "/api/directives", "governor", Map.of("subject", key, "text", "ฝึกซ้อมฐานข้อมูลล่ม " + key,
                        "urgency", "NORMAL", "leadUnitId", unit, "supportingUnitIds", List.of(), "dueInWorkingDays", 10,
                        "cadence", "DAILY"));
                if (a.status() == 201) {
                    directive = a.json().get("id").asLong();
                }
            } else {
                String user = stage == 1 ? "head" : "agency.health";
                String kind = switch (stage) {
                    case 1 -> "screenDirective";
                    case 2 -> "acknowledgePart";
                    default -> "reportOnPart";
                };
                Answer inbox = send("GET", "/api/tasks?limit=500", user, null);
                String task = inbox.status() == 200 ? taskOf(inbox.json(), directive, kind) : null;
                if (task == null && inbox.status() == 200 && stage < 3
                        && taskOf(inbox(stage == 1 ? "agency.health" : user), directive, stage == 1 ? "acknowledgePart"
                                : "reportOnPart") != null) {
                    // the step was saved although its answer was lost in the crash: the next step's task is there
                    stage++;
                    return 0;
                }
                if (task == null) {
                    op = "inbox";
                    a = inbox;
                } else if (stage == 3) {
                    op = "report";
                    a = send("POST", "/api/tasks/" + task + "/progress", user, Map.of("progress", "ON_TRACK", "percent", 20,
                            "note", "รายงาน [" + key + "]"));
                } else {
                    op = stage == 1 ? "screen" : "acknowledge";
                    key = task;
                    a = send("POST", "/api/tasks/" + task + "/complete", user, stage == 1 ? Map.of("outcome", "CONFIRM")
                            : Map.of());
                }
            }
            calls.add(new Call(worker, op, key, a.status(), started, System.nanoTime(), a.body()));
            if (a.status() >= 200 && a.status() < 300 && !op.equals("inbox")) {
                stage = (stage + 1) % 4;
                return 0;
            } else if (a.status() == 503) {
                // the application's rule: try again after Retry-After
                return 1000 * Math.max(1, a.retryAfterSeconds());
            } else {
                return op.equals("inbox") ? 200 : 500;
            }
        }
    }

    private JsonNode inbox(String user) {
        Answer a = send("GET", "/api/tasks?limit=500", user, null);
        return a.status() == 200 ? a.json() : null;
    }

    private static String taskOf(JsonNode tasks, long directive, String kind) {
        if (tasks == null) {
            return null;
        }
        for (JsonNode t : tasks) {
            if (t.path("directiveId").asLong() == directive && t.path("taskDefinitionKey").asText().equals(kind)) {
                return t.get("taskId").asText();
            }
        }
        return null;
    }

    private Answer send(String method, String path, String user, Object body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                            .getBytes(StandardCharsets.UTF_8)));
            if (body == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                b.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long retryAfter = r.headers().firstValue("Retry-After").map(Long::parseLong).orElse(0L);
            return new Answer(r.statusCode(), r.body(), retryAfter);
        } catch (Exception e) {
            return new Answer(-1, e.toString(), 0);
        }
    }
}
