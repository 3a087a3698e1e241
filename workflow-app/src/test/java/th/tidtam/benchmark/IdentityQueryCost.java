package th.tidtam.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tidtam.support.IntegrationTest;

/**
 * What one identity-provider call costs the database with the national chain of command (77 provinces: 7,700 units,
 * 150,150 positions) beside the demo province: statements, rows the storage engine handed over (MariaDB's
 * Handler_read_* counters) and the calling thread's CPU time. Not part of the suite (no "Test" in its name): run alone,
 * in its own JVM and database, by
 * {@code ./mvnw -q -o -pl workflow-app verify -Dbpmnlint.skip -Da11y.skip -Dtest=IdentityQueryCost
 * -Dsurefire.failIfNoSpecifiedTests=false}; it prints {@code # IDQ} lines.
 */
@IntegrationTest
class IdentityQueryCost {

    private static final List<String> COUNTERS = List.of("Com_select", "Handler_read_first", "Handler_read_key",
            "Handler_read_next", "Handler_read_prev", "Handler_read_rnd", "Handler_read_rnd_next");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identity;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Test
    void measure() {
        new BulkData(jdbc, 42).chainOfCommand(Scale.national1y(true), "IDQ");
        System.out.printf(Locale.ROOT, "# IDQ data: %,d positions, %,d units, %,d people%n",
                count("org_position"), count("org_unit"), count("person"));
        cost("group query, name like '%อำเภอบางคล้า%'",
                () -> identity.createGroupQuery().groupNameLike("%อำเภอบางคล้า%").list().size());
        cost("group query by id (GOVERNOR)", () -> identity.createGroupQuery().groupId("GOVERNOR").list().size());
        cost("groups of a user (director.admin)",
                () -> identity.createGroupQuery().groupMember("director.admin").list().size());
        cost("first page of all groups (50) and their count",
                () -> identity.createGroupQuery().listPage(0, 50).size() + (int) identity.createGroupQuery().count());
        cost("user query by group (DIST-11-CHIEF)",
                () -> identity.createUserQuery().memberOfGroup("DIST-11-CHIEF").list().size());
        cost("user query by unit group", () -> identity.createUserQuery()
                .memberOfGroup("unit-" + jdbc.queryForObject("select unit_id from org_position where code = 'GOVERNOR'",
                        Long.class)).list().size());
        cost("user query, first name like '%ใจดี'",
                () -> identity.createUserQuery().userFirstNameLike("%ใจดี").list().size());
    }

    /** The third of three calls (the first two warm the caches), less what reading the counters itself costs. */
    private void cost(String what, Supplier<Integer> call) {
        String result = "";
        Map<String, Long> delta = Map.of();
        long cpu = 0;
        long wall = 0;
        for (int i = 0; i < 3; i++) {
            Map<String, Long> idle = minus(counters(), counters());
            Map<String, Long> before = counters();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            long wallBefore = System.nanoTime();
            try {
                result = call.get() + " rows";
            } catch (RuntimeException e) {
                result = "failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            wall = System.nanoTime() - wallBefore;
            cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
            Map<String, Long> used = minus(counters(), before);
            used.replaceAll((k, v) -> v + idle.get(k));
            delta = used;
        }
        long rowsRead = delta.entrySet().stream().filter(e -> e.getKey().startsWith("Handler_read"))
                .mapToLong(Map.Entry::getValue).sum();
        System.out.printf(Locale.ROOT, "# IDQ %s: %s; selects=%d rows read=%,d %s; thread cpu=%.1f ms wall=%.1f ms%n",
                what, result, delta.get("Com_select"), rowsRead, delta, cpu / 1e6, wall / 1e6);
    }

    /** after - before, per counter ({@code minus(a, b)} with a read before b gives minus the cost of one read). */
    private static Map<String, Long> minus(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> d = new LinkedHashMap<>();
        after.forEach((k, v) -> d.put(k, v - before.get(k)));
        return d;
    }

    private Map<String, Long> counters() {
        Map<String, Long> values = new LinkedHashMap<>();
        jdbc.query("show global status where Variable_name in ('" + String.join("','", COUNTERS) + "')",
                rs -> {
                    values.put(rs.getString(1), rs.getLong(2));
                });
        return values;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
