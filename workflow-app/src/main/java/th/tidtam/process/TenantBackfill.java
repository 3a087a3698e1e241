package th.tidtam.process;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import th.tidtam.org.service.ProvinceSummary;
import th.tidtam.org.service.Provinces;

/**
 * An installation that ran before provinces were tenants has process instances, tasks, jobs and history without a
 * tenant id: they all belong to its only province, and get its code once, when the engine first starts with tenants
 * (the engine property {@value #DONE} records it). A Java step rather than a Flyway migration because Flyway runs
 * before the engine has created its tables (ProcessEngineOrdering): on a new database they do not exist yet.
 *
 * <p>Only rows of a process instance are touched: definitions, deployments, job definitions and the jobs of timer
 * start events stay shared. With no province yet the step waits for a later start; with several provinces and rows
 * still without a tenant it cannot tell whose they are and leaves them (installation-wide, seen by the installation's
 * administrator), with a warning.
 */
@Component
class TenantBackfill {

    static final String DONE = "tidtam.tenant-backfill";

    private static final Logger log = LoggerFactory.getLogger(TenantBackfill.class);

    /** Each table with a tenant column and the column that says the row belongs to a process instance (or a task). */
    private static final List<String[]> TABLES = List.of(
            new String[] { "ACT_RU_EXECUTION", "PROC_INST_ID_" }, new String[] { "ACT_RU_TASK", "PROC_INST_ID_" },
            new String[] { "ACT_RU_JOB", "PROCESS_INSTANCE_ID_" }, new String[] { "ACT_RU_VARIABLE", "PROC_INST_ID_" },
            new String[] { "ACT_RU_EVENT_SUBSCR", "PROC_INST_ID_" }, new String[] { "ACT_RU_INCIDENT", "PROC_INST_ID_" },
            new String[] { "ACT_RU_EXT_TASK", "PROC_INST_ID_" }, new String[] { "ACT_RU_IDENTITYLINK", "TASK_ID_" },
            new String[] { "ACT_GE_BYTEARRAY", "ROOT_PROC_INST_ID_" },
            new String[] { "ACT_HI_PROCINST", "PROC_INST_ID_" }, new String[] { "ACT_HI_ACTINST", "PROC_INST_ID_" },
            new String[] { "ACT_HI_TASKINST", "PROC_INST_ID_" }, new String[] { "ACT_HI_VARINST", "PROC_INST_ID_" },
            new String[] { "ACT_HI_DETAIL", "PROC_INST_ID_" }, new String[] { "ACT_HI_COMMENT", "PROC_INST_ID_" },
            new String[] { "ACT_HI_ATTACHMENT", "PROC_INST_ID_" }, new String[] { "ACT_HI_INCIDENT", "PROC_INST_ID_" },
            new String[] { "ACT_HI_EXT_TASK_LOG", "PROC_INST_ID_" }, new String[] { "ACT_HI_OP_LOG", "PROC_INST_ID_" },
            new String[] { "ACT_HI_DECINST", "PROC_INST_ID_" }, new String[] { "ACT_HI_JOB_LOG", "PROCESS_INSTANCE_ID_" },
            new String[] { "ACT_HI_IDENTITYLINK", "ROOT_PROC_INST_ID_" }, new String[] { "ACT_HI_DEC_IN", "ROOT_PROC_INST_ID_" },
            new String[] { "ACT_HI_DEC_OUT", "ROOT_PROC_INST_ID_" });

    private final JdbcTemplate jdbc;
    private final Provinces provinces;
    private final TransactionTemplate tx;

    TenantBackfill(JdbcTemplate jdbc, Provinces provinces, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.provinces = provinces;
        this.tx = tx;
    }

    void run(ManagementService management) {
        if (management.getProperties().containsKey(DONE)) {
            return;
        }
        List<ProvinceSummary> all = provinces.all();
        if (all.isEmpty()) {
            return;
        }
        if (all.size() > 1) {
            Integer untenanted = jdbc.queryForObject(
                    "select count(*) from ACT_RU_EXECUTION where TENANT_ID_ is null and PROC_INST_ID_ is not null",
                    Integer.class);
            if (untenanted != null && untenanted > 0) {
                log.warn("{} process executions have no tenant and the installation serves {} provinces: left "
                        + "installation-wide", untenanted, all.size());
            }
            management.setProperty(DONE, "several provinces");
            return;
        }
        String code = all.get(0).code();
        tx.executeWithoutResult(status -> {
            long rows = fill(code);
            management.setProperty(DONE, code);
            if (rows > 0) {
                log.info("Process data of the province {} now carries its tenant id ({} rows)", code, rows);
            }
        });
    }

    /** Gives every process instance's row without a tenant this one; answers how many rows changed. */
    long fill(String tenantId) {
        long rows = 0;
        for (String[] table : TABLES) {
            rows += jdbc.update("update " + table[0] + " set TENANT_ID_ = ? where TENANT_ID_ is null and " + table[1]
                    + " is not null", tenantId);
        }
        return rows;
    }
}
