package th.tidtam.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the database was asked to do, from MariaDB's own global counters (Com_select, Com_insert, ...): a detail line
 * per side of P2 that says where a lifecycle's statements go, without touching the application or the measure.
 */
final class StatementCounts {

    private static final List<String> COUNTERS = List.of("Com_select", "Com_insert", "Com_update", "Com_delete",
            "Com_commit", "Com_rollback", "Com_set_option", "Com_show_status");

    private final JdbcTemplate jdbc;
    private final Map<String, Long> before;

    private StatementCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.before = read(jdbc);
    }

    static StatementCounts start(JdbcTemplate jdbc) {
        return new StatementCounts(jdbc);
    }

    /** A {@code #} line: the statements of each kind per lifecycle since {@link #start}. */
    String perLifecycle(String side, long lifecycles) {
        Map<String, Long> after = read(jdbc);
        double n = Math.max(1, lifecycles);
        String counts = COUNTERS.stream().filter(c -> !c.equals("Com_show_status"))
                .map(c -> String.format(Locale.ROOT, "%s=%.1f", c.substring(4), (after.get(c) - before.get(c)) / n))
                .collect(Collectors.joining(" "));
        return String.format(Locale.ROOT, "# P2 %s: %,d lifecycles in all (warm-up included), statements per lifecycle: %s",
                side, lifecycles, counts);
    }

    private static Map<String, Long> read(JdbcTemplate jdbc) {
        Map<String, Long> values = new LinkedHashMap<>();
        COUNTERS.forEach(c -> values.put(c, 0L));
        jdbc.query("show global status where Variable_name in ('" + String.join("','", COUNTERS) + "')",
                rs -> {
                    values.put(rs.getString(1), rs.getLong(2));
                });
        return values;
    }
}
