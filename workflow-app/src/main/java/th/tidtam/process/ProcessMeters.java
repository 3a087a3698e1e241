package th.tidtam.process;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ManagementService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import th.tidtam.base.metrics.CachedFigures;
import th.tidtam.base.metrics.DatabaseGauges;

/**
 * The process module's figures for operations (README, "Monitoring"), from the data it owns: the open tasks of the
 * {@code work_item} read model, in all and by case type (a short, fixed list; never per position or person), and the
 * job executor's backlog from the engine: jobs that are due and that no executor holds, and jobs that failed with no
 * retries left (each an incident to look at in Cockpit). Read at most once per refresh interval ({@link DatabaseGauges}).
 */
@Component
class ProcessMeters {

    static final String NO_CASE_TYPE = "none";

    private final JdbcTemplate jdbc;
    private final ManagementService management;
    private final MeterRegistry registry;
    private final CachedFigures<Map<String, Long>> openTasks;
    private final CachedFigures<JobBacklog> jobs;
    private final Set<String> caseTypesShown = ConcurrentHashMap.newKeySet();

    record JobBacklog(long due, long failed) {
    }

    ProcessMeters(JdbcTemplate jdbc, ManagementService management, DatabaseGauges gauges) {
        this.jdbc = jdbc;
        this.management = management;
        this.registry = gauges.registry();
        this.openTasks = gauges.figures("work_item", this::countOpenTasks, this::showCaseTypes);
        this.jobs = gauges.figures("jobs", this::countJobs);
        Gauge.builder("tidtam.tasks.open", openTasks, f -> total(f.latest()))
                .description("Open user tasks (the work_item read model of My work)").strongReference(true).register(registry);
        Gauge.builder("tidtam.jobs.due", jobs, f -> f.latest() == null ? Double.NaN : f.latest().due())
                .description("Engine jobs due now that no job executor holds: the job executor's backlog").strongReference(true).register(registry);
        Gauge.builder("tidtam.jobs.failed", jobs, f -> f.latest() == null ? Double.NaN : f.latest().failed())
                .description("Engine jobs that failed with no retries left (incidents)").strongReference(true).register(registry);
    }

    private Map<String, Long> countOpenTasks() {
        Map<String, Long> counts = new LinkedHashMap<>();
        // ix_work_item_case (case_type, case_id) answers this from the index alone
        jdbc.query("select case_type, count(*) n from work_item group by case_type", rs -> {
            String type = rs.getString("case_type");
            counts.merge(type == null ? NO_CASE_TYPE : type, rs.getLong("n"), Long::sum);
        });
        return counts;
    }

    private JobBacklog countJobs() {
        // due, with retries left, not suspended, and not held by an executor (acquired: locked until a time still to
        // come): what the job executor would pick up now; each query's "now" is the engine's clock, as the executor's
        long due = management.createJobQuery().executable().active().count()
                - management.createJobQuery().executable().active().acquired().count();
        long failed = management.createJobQuery().noRetriesLeft().count();
        return new JobBacklog(Math.max(0, due), failed);
    }

    /** On the reading thread: a gauge for each case type the first time it has open tasks (then 0 when it has none). */
    private void showCaseTypes(Map<String, Long> counts) {
        for (String type : counts.keySet()) {
            if (caseTypesShown.add(type)) {
                Gauge.builder("tidtam.tasks.open.by.type", openTasks, f -> byType(f.latest(), type)).tag("case_type", type)
                        .description("Open user tasks of one case type").strongReference(true).register(registry);
            }
        }
    }

    private static double total(Map<String, Long> counts) {
        return counts == null ? Double.NaN : counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static double byType(Map<String, Long> counts, String type) {
        return counts == null ? Double.NaN : counts.getOrDefault(type, 0L);
    }
}
