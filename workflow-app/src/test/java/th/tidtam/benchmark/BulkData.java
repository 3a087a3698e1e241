package th.tidtam.benchmark;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bulk half of the data generator, deterministic by seed: the chain of command of many provinces, open tasks
 * as the engine would hold them (ACT_RU_TASK, its candidate groups and the task authorizations Camunda writes for them
 * when its authorization is on) together with the application's own inbox
 * rows (work_item, work_item_group), and ten years of directives and their units' parts with the engine's task
 * history beside them. The rows are what the real services write (checked by the benchmark's sanity checks), only
 * written a thousand at a time.
 */
final class BulkData {

    private static final String[] URGENCIES = { "NORMAL", "NORMAL", "NORMAL", "URGENT", "VERY_URGENT", "MOST_URGENT" };

    /*
     * The authorization Camunda's DefaultAuthorizationProvider writes, with the engine's authorization on, for each
     * candidate group link added to a task (newTaskGroupIdentityLink): a grant (TYPE_ 1) on the task (Resources.TASK,
     * 7) with READ (2) and the default user permission for tasks, UPDATE (4). A deployment without Tidtam, where
     * Tasklist users see tasks through those grants, has one such row per link; the P1 baseline with authorization on
     * reads them (historic task permissions are off by default, so no HISTORIC_TASK row).
     */
    private static final int GRANT = 1;
    private static final int TASK_RESOURCE = 7;
    private static final int READ_AND_UPDATE = 2 | 4;

    private final JdbcTemplate jdbc;
    private final Random random;

    BulkData(JdbcTemplate jdbc, long seed) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
    }

    /** Units and positions of {@code scale}'s provinces; returns the position codes, province by province. */
    List<String> chainOfCommand(Scale scale, String prefix) {
        long root = jdbc.queryForObject("select min(id) from org_unit where parent_id is null", Long.class);
        try (MultiInsert units = new MultiInsert(jdbc, "org_unit", "code", "name_th", "name_en", "kind", "parent_id")) {
            for (int p = 0; p < scale.provinces(); p++) {
                for (int u = 0; u < scale.unitsPerProvince(); u++) {
                    units.row(unitCode(prefix, p, u), "หน่วยงานที่ " + u + " จังหวัดที่ " + p, "Unit " + u + " of province " + p,
                            u < 40 ? "AGENCY" : "DISTRICT", root);
                }
            }
        }
        long firstUnit = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, unitCode(prefix, 0, 0));
        List<String> codes = new ArrayList<>(scale.positions());
        try (MultiInsert positions = new MultiInsert(jdbc, "org_position", "code", "title_th", "title_en", "unit_id",
                "unit_head")) {
            for (int p = 0; p < scale.provinces(); p++) {
                for (int i = 0; i < scale.positionsPerProvince(); i++) {
                    int unit = i % scale.unitsPerProvince();
                    String code = prefix + "-P" + p + "-POS" + i;
                    codes.add(code);
                    positions.row(code, "ตำแหน่ง " + i, "Position " + i, firstUnit + (long) p * scale.unitsPerProvince() + unit,
                            i < scale.unitsPerProvince());
                }
            }
        }
        return codes;
    }

    /**
     * {@code count} provinces of their own (issue 18): a {@code province} row each, its PROVINCE root unit and
     * {@code unitsPerProvince} agencies and districts under it, every unit carrying the province's id as the org
     * screens would write it. Answers the province ids and, per province, its unit ids.
     */
    Provinces provinces(int count, String prefix, int unitsPerProvince) {
        List<Long> ids = new ArrayList<>();
        List<List<Long>> units = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            String code = prefix + "-" + p;
            jdbc.update("insert into org_unit (code, name_th, name_en, kind, parent_id) values (?, ?, ?, 'PROVINCE', null)",
                    code, "จังหวัดจำลองที่ " + p, "Generated province " + p);
            long root = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
            jdbc.update("insert into province (code, name_th, name_en, root_unit_id) values (?, ?, ?, ?)", code,
                    "จังหวัดจำลองที่ " + p, "Generated province " + p, root);
            long province = jdbc.queryForObject("select id from province where code = ?", Long.class, code);
            jdbc.update("update org_unit set province_id = ? where id = ?", province, root);
            try (MultiInsert rows = new MultiInsert(jdbc, "org_unit", "code", "name_th", "name_en", "kind", "parent_id",
                    "province_id")) {
                for (int u = 0; u < unitsPerProvince; u++) {
                    rows.row(unitCode(prefix, p, u), "หน่วยงานที่ " + u + " จังหวัดจำลองที่ " + p, "Unit " + u + " of province " + p,
                            u < 40 ? "AGENCY" : "DISTRICT", root, province);
                }
            }
            ids.add(province);
            units.add(jdbc.queryForList("select id from org_unit where province_id = ? and parent_id = ? order by id",
                    Long.class, province, root));
        }
        return new Provinces(ids, units);
    }

    record Provinces(List<Long> ids, List<List<Long>> units) {
    }

    private static String unitCode(String prefix, int province, int unit) {
        return prefix + "-P" + province + "-U" + unit;
    }

    /**
     * Open tasks spread over the positions, and {@code busyTasksPerPosition} more for each of the busy positions;
     * every task is written to the engine's tables and to the inbox read model alike.
     */
    void openTasks(Scale scale, String prefix, List<String> groups, List<String> busy) {
        Instant now = Instant.now();
        // declared children first: try-with-resources closes (and so flushes) in reverse, parents before children
        try (MultiInsert itemGroups = new MultiInsert(jdbc, "work_item_group", "task_id", "group_code", "urgency_rank",
                "due_sort", "created_at");
                MultiInsert items = new MultiInsert(jdbc, "work_item", "task_id", "process_instance_id",
                        "process_definition_key", "task_definition_key", "name", "created_at", "due_at", "priority",
                        "case_type", "case_id", "case_number", "subject", "urgency", "search_text");
                MultiInsert links = new MultiInsert(jdbc, "ACT_RU_IDENTITYLINK", "ID_", "REV_", "GROUP_ID_", "TYPE_", "TASK_ID_");
                MultiInsert grants = new MultiInsert(jdbc, "ACT_RU_AUTHORIZATION", "ID_", "REV_", "TYPE_", "GROUP_ID_",
                        "RESOURCE_TYPE_", "RESOURCE_ID_", "PERMS_");
                MultiInsert tasks = new MultiInsert(jdbc, "ACT_RU_TASK", "ID_", "REV_", "NAME_", "TASK_DEF_KEY_", "PRIORITY_",
                        "CREATE_TIME_", "LAST_UPDATED_", "DUE_DATE_", "SUSPENSION_STATE_", "TASK_STATE_")) {
            links.after(tasks);
            grants.after(tasks);
            itemGroups.after(items);
            int n = scale.openTasks();
            for (int i = 0; i < n + busy.size() * scale.busyTasksPerPosition(); i++) {
                String group = i < n ? groups.get(random.nextInt(groups.size())) : busy.get((i - n) % busy.size());
                String id = prefix + "-T" + i;
                Timestamp created = Timestamp.from(now.minus(random.nextInt(400), ChronoUnit.DAYS));
                Timestamp due = Timestamp.valueOf(LocalDateTime.now().plusDays(random.nextInt(90) - 30).withNano(0));
                String urgency = URGENCIES[random.nextInt(URGENCIES.length)];
                String name = i % 3 == 0 ? "รับทราบข้อสั่งการ" : "ดำเนินการและรายงานผล";
                String key = i % 3 == 0 ? "acknowledgePart" : "reportOnPart";
                tasks.row(id, 1, name, key, 50, created, created, due, 1, "Created");
                links.row(id + "-L", 1, group, "candidate", id);
                grants.row(id + "-A", 1, GRANT, group, TASK_RESOURCE, id, READ_AND_UPDATE);
                String number = (i % 9000 + 1) + "/2569";
                items.row(id, "bulk", "directive-followup", key, name, created, due, 50, null, null, number,
                        "ข้อสั่งการทดสอบ " + i, urgency, number + " ข้อสั่งการทดสอบ " + i);
                itemGroups.row(id, group, rank(urgency), due, created);
            }
        }
    }

    private static int rank(String urgency) {
        return switch (urgency) {
            case "MOST_URGENT" -> 0;
            case "VERY_URGENT" -> 1;
            case "URGENT" -> 2;
            default -> 3;
        };
    }

    /** Random but fixed choices for the callers (the busy positions, ...). */
    Random random() {
        return random;
    }

    static LocalDate today() {
        return LocalDate.now();
    }
}
