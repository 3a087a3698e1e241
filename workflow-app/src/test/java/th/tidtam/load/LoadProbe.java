package th.tidtam.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Before the crowd arrives: one person alone does each action a few times while the database counts the statements
 * it runs. What an action costs then does not depend on how busy the machine is (a shared one), and an action that
 * runs many more statements than its neighbours points at an N+1 or a chatty engine path. The server's counters are
 * global: the job executor's polling adds a statement now and then.
 */
final class LoadProbe {

    private final JdbcTemplate jdbc;
    private final Map<String, List<long[]>> measured = new TreeMap<>();
    /** {@code -Dload.probe.sql=file}: the statements of each probed request, from the server's general log. */
    private final String sqlLog = System.getProperty("load.probe.sql", "");
    private final List<String> statements = new ArrayList<>();

    LoadProbe(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The person logs in (the form, the password check, the page it lands on), then works one request at a time: My
     * work, open a directive, acknowledge, report, alerts.
     */
    void probe(LoadSession.Client client, String login, Consumer<String> say) throws Exception {
        LoadSession s = measure("login", () -> client.login(login));
        say.accept(String.format(Locale.ROOT, "login alone: form %d ms, password check (BCrypt) %d ms, the page it lands on "
                + "(Vaadin bootstrap) %d ms; BCrypt alone in this JVM now: %d ms", client.figures().last("login_form"),
                client.figures().last("login_post"), client.figures().last("login_shell"), bcryptMs()));
        for (int i = 0; i < 3; i++) {
            JsonNode inbox = measure("my_work", () -> s.json("my_work_probe", "/api/tasks?limit=50"));
            measure("alerts", () -> s.json("alerts_probe", "/api/alerts"));
            JsonNode task = first(inbox, "acknowledgePart");
            if (task == null) {
                break;
            }
            measure("open_directive", () -> s.json("open_directive_probe", "/api/directives/" + task.get("directiveId").asLong()));
            measure("acknowledge", () -> s.post("acknowledge_probe", "/api/tasks/" + task.get("taskId").asText() + "/complete",
                    Map.of("outcome", "ACKNOWLEDGE")));
        }
        for (int i = 0; i < 3; i++) {
            JsonNode inbox = answer(s.json("my_work_probe", "/api/tasks?limit=50"));
            JsonNode task = first(inbox, "reportOnPart");
            if (task == null) {
                break;
            }
            String id = task.get("taskId").asText();
            int round = i;
            measure("progress_report", () -> s.post("progress_probe", "/api/tasks/" + id + "/progress",
                    Map.of("progress", "ON_TRACK", "percent", 50, "note", "ดำเนินการแล้วบางส่วน ตามแผน " + round)));
            if (i == 2) {
                measure("final_report", () -> s.post("final_probe", "/api/tasks/" + id + "/complete",
                        Map.of("outcome", "SUBMIT_FINAL", "note", "ดำเนินการแล้วเสร็จ")));
            }
        }
        if (!sqlLog.isBlank()) {
            java.nio.file.Files.write(java.nio.file.Path.of(sqlLog), statements);
            say.accept("the probed requests' statements are in " + sqlLog);
        }
        say.accept("alone, one request at a time (median of up to 3): ms, SQL statements (selects/inserts/updates/deletes)");
        measured.forEach((action, runs) -> {
            long[] median = runs.stream().sorted((a, b) -> Long.compare(a[1], b[1])).toList().get(runs.size() / 2);
            say.accept(String.format(Locale.ROOT, "  %-16s %5d ms %4d statements (%d/%d/%d/%d)", action, median[0], median[1],
                    median[2], median[3], median[4], median[5]));
        });
    }

    /** One password check at the application's strength, here and now (the median of five): a login's CPU floor. */
    private static long bcryptMs() {
        var encoder = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder();
        String hash = encoder.encode("demo");
        long[] ms = new long[5];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            encoder.matches("demo", hash);
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        java.util.Arrays.sort(ms);
        return ms[2];
    }

    private static JsonNode first(JsonNode inbox, String kind) {
        if (inbox != null) {
            for (JsonNode t : inbox) {
                if (t.get("taskDefinitionKey").asText().equals(kind)) {
                    return t;
                }
            }
        }
        return null;
    }

    private <T> T measure(String action, java.util.function.Supplier<CompletableFuture<T>> request) throws Exception {
        if (!sqlLog.isBlank()) {
            jdbc.execute("truncate table mysql.general_log");
            jdbc.execute("set global log_output = 'TABLE'");
            jdbc.execute("set global general_log = 1");
        }
        long[] before = counters();
        long start = System.nanoTime();
        T answer = answer(request.get());
        long ms = (System.nanoTime() - start) / 1_000_000;
        long[] after = counters();
        if (!sqlLog.isBlank()) {
            jdbc.execute("set global general_log = 0");
            statements.add("== " + action + " (" + ms + " ms)");
            jdbc.query("select thread_id, argument from mysql.general_log where command_type in ('Query', 'Execute') "
                    + "order by event_time", rs -> {
                        statements.add(rs.getLong(1) + " " + rs.getString(2).replaceAll("\\s+", " "));
                    });
        }
        long[] run = new long[6];
        run[0] = ms;
        for (int i = 0; i < 5; i++) {
            // the counters' own statement is one of the questions
            run[i + 1] = after[i] - before[i] - (i == 0 ? 1 : 0);
        }
        measured.computeIfAbsent(action, a -> new ArrayList<>()).add(run);
        return answer;
    }

    /** Questions (all statements), Com_select, Com_insert, Com_update, Com_delete of the server so far. */
    private long[] counters() {
        Map<String, Long> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        jdbc.query("show global status where Variable_name in ('Questions', 'Com_select', 'Com_insert', 'Com_update', "
                + "'Com_delete')", rs -> {
                    values.put(rs.getString(1), rs.getLong(2));
                });
        Function<String, Long> v = name -> values.getOrDefault(name, 0L);
        return new long[] {v.apply("Questions"), v.apply("Com_select"), v.apply("Com_insert"), v.apply("Com_update"),
                v.apply("Com_delete")};
    }

    private static <T> T answer(CompletableFuture<T> request) throws Exception {
        try {
            return request.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
    }
}
