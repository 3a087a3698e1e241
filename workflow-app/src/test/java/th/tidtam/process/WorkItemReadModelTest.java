package th.tidtam.process;

import th.tidtam.casework.Urgency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import th.tidtam.support.IntegrationTest;

/**
 * The application's own task read model ({@code work_item}) follows the engine's user tasks in the engine's
 * transaction, and the inbox reads it. Every test deploys its own tiny model and uses its own group codes.
 */
@IntegrationTest
class WorkItemReadModelTest {

    private static final Logger log = LoggerFactory.getLogger(WorkItemReadModelTest.class);

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    WorkInbox inbox;
    @Autowired
    WorkRouting routing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NamedParameterJdbcTemplate namedJdbc;
    @Autowired
    TransactionTemplate tx;

    private String key;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @BeforeEach
    void deployATinyModel() {
        key = "work-items-" + suffix.toLowerCase();
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("consider").name("พิจารณาข้อสั่งการ").camundaCandidateGroups("${group}")
                .camundaDueDate("${execution.getVariable('due')}")
                .endEvent().done();
        repositoryService.createDeployment().name(key).addModelInstance(key + ".bpmn", model).deploy();
    }

    @Test
    void startingAProcessCreatesExactlyOneWorkItemWithItsPositionAndCaseContext() {
        Date due = secondsFromNow(3 * 24 * 3600);
        ProcessInstance pi = start("bk-a", vars("A", due, "URGENT", "ฉช ๐๐๑๗/๒๕๖๙", "เร่งรัดการกำจัดผักตบชวา", 42L));

        assertThat(rowsOf(pi)).isEqualTo(1);
        Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        WorkItem item = inbox.byTaskId(task.getId()).orElseThrow();
        assertThat(item.processInstanceId()).isEqualTo(pi.getId());
        assertThat(item.processDefinitionKey()).isEqualTo(key);
        assertThat(item.taskDefinitionKey()).isEqualTo("consider");
        assertThat(item.name()).isEqualTo("พิจารณาข้อสั่งการ");
        assertThat(item.candidateGroups()).containsExactly(group("A"));
        assertThat(item.assignee()).isNull();
        assertThat(item.businessKey()).isEqualTo("bk-a");
        assertThat(item.dueAt()).isEqualTo(due.toInstant());
        assertThat(item.createdAt()).isCloseTo(task.getCreateTime().toInstant(), org.assertj.core.api.Assertions.within(1, ChronoUnit.SECONDS));
        assertThat(item.priority()).isEqualTo(task.getPriority());
        assertThat(item.caseType()).isEqualTo("LETTER");
        assertThat(item.caseId()).isEqualTo(42L);
        assertThat(item.caseNumber()).isEqualTo("ฉช ๐๐๑๗/๒๕๖๙");
        assertThat(item.subject()).isEqualTo("เร่งรัดการกำจัดผักตบชวา");
        assertThat(item.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(item.secrecy()).isEqualTo("CONFIDENTIAL");
        assertThat(item.casePartId()).isEqualTo(7L);
    }

    @Test
    void aProcessDeclaredByItsFeatureIsReadThroughItsOwnVariableNames() {
        // the directive's follow-up process declares directiveId / directiveNumber / partId (DirectiveConfiguration);
        // an instance started before that declaration existed has only those variables, and is read the same way
        // a real directive of Chachoengsao: the process routes its screening by the directive's province
        long directiveId = jdbc.queryForObject("select min(id) from directive where province_id ="
                + " (select id from province where code = 'TH-24')", Long.class);
        Map<String, Object> variables = new HashMap<>();
        variables.put("directiveId", directiveId);
        variables.put("directiveNumber", "77/2569");
        variables.put("partId", 5L);
        variables.put("urgency", "URGENT");
        variables.put(WorkItemVariables.CASE_ID, 1L);
        ProcessInstance pi = runtimeService.startProcessInstanceByKey("directive-followup", "read-model-" + suffix, variables);
        try {
            Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
            WorkItem item = inbox.byTaskId(task.getId()).orElseThrow();
            assertThat(item.caseType()).isEqualTo("DIRECTIVE");
            assertThat(item.caseId()).as("the declared variable, not the generic one").isEqualTo(directiveId);
            assertThat(item.caseNumber()).isEqualTo("77/2569");
            assertThat(item.casePartId()).isEqualTo(5L);
            assertThat(jdbc.queryForObject("select count(*) from work_item where case_type = 'DIRECTIVE' and case_id = ?"
                    + " and process_instance_id = ?", Integer.class, directiveId, pi.getId())).isEqualTo(1);
        } finally {
            runtimeService.deleteProcessInstance(pi.getId(), "test over");
        }
    }

    @Test
    void completingTheTaskRemovesItsWorkItem() {
        ProcessInstance pi = start("bk-b", vars("A", null, "NORMAL", "1/2569", "งานทดสอบ", 1L));
        Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(inbox.byTaskId(task.getId())).isPresent();

        taskService.complete(task.getId());

        assertThat(inbox.byTaskId(task.getId())).isEmpty();
        assertThat(rowsOf(pi)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from work_item_group where task_id = ?", Integer.class, task.getId()))
                .isZero();
    }

    @Test
    void aRolledBackTransactionLeavesNoWorkItemAndNoTask() {
        String businessKey = "bk-rollback-" + suffix;
        List<Integer> rowsSeenInsideTheTransaction = new ArrayList<>();

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            ProcessInstance pi = start(businessKey, vars("A", null, "URGENT", "2/2569", "ยกเลิก", 2L));
            // written by the engine's command, in this very transaction
            rowsSeenInsideTheTransaction.add(rowsOf(pi));
            throw new IllegalStateException("the caller fails after starting the process");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(rowsSeenInsideTheTransaction).containsExactly(1);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from work_item where business_key = ?", Integer.class, businessKey))
                .isZero();
        assertThat(inbox.count(List.of(group("A")), InboxFilter.none())).isZero();
    }

    @Test
    void theInboxListsTheMostUrgentFirstThenTheEarliestDueWithNoDueDateLast() {
        start("normal-soon", vars("A", secondsFromNow(3600), "NORMAL", null, "ปกติ ใกล้ครบกำหนด", null));
        start("most-no-due", vars("A", null, "MOST_URGENT", null, "ด่วนที่สุด ไม่มีกำหนด", null));
        start("none-later", vars("A", secondsFromNow(7200), null, null, "ไม่ระบุความเร่งด่วน", null));
        start("most-due", vars("A", secondsFromNow(2 * 24 * 3600), "MOST_URGENT", null, "ด่วนที่สุด มีกำหนด", null));
        start("urgent-late", vars("A", secondsFromNow(30 * 24 * 3600), "URGENT", null, "ด่วน", null));
        start("very-urgent", vars("A", secondsFromNow(10 * 24 * 3600), "VERY_URGENT", null, "ด่วนมาก", null));

        List<WorkItem> page = inbox.forPositions(List.of(group("A")), InboxFilter.none(), 0, 50);

        assertThat(page).extracting(WorkItem::businessKey)
                .containsExactly("most-due", "most-no-due", "very-urgent", "urgent-late", "normal-soon", "none-later");
        assertThat(inbox.forPositions(List.of(group("A")), InboxFilter.none(), 2, 2)).extracting(WorkItem::businessKey)
                .containsExactly("very-urgent", "urgent-late");
        assertThat(inbox.count(List.of(group("A")), InboxFilter.none())).isEqualTo(6);
        assertThat(inbox.forPositions(List.of(group("A")), InboxFilter.none().withUrgencies(Urgency.MOST_URGENT), 0, 50))
                .extracting(WorkItem::businessKey).containsExactly("most-due", "most-no-due");
        assertThat(inbox.forPositions(List.of(group("OTHER")), InboxFilter.none(), 0, 50)).isEmpty();
    }

    @Test
    void theTextFilterMatchesThaiAndArabicDigitsAlike() {
        start("thai-digits", vars("A", null, "NORMAL", "ฉช ๐๐๑๗/๒๕๖๙", "ติดตามผลการประชุม ครั้งที่ ๓/๒๕๖๙", null));
        start("arabic-digits", vars("A", null, "NORMAL", "ฉช 0018/2569", "จัดระเบียบการค้าบริเวณวัดโสธร", null));
        start("other", vars("A", null, "NORMAL", "ฉช 0099/2568", "กำจัดผักตบชวา", null));

        assertThat(texts("0017/2569")).containsExactly("thai-digits");
        assertThat(texts("3/2569")).containsExactly("thai-digits");
        assertThat(texts("๐๐๑๘")).containsExactly("arabic-digits");
        assertThat(texts("วัดโสธร")).containsExactly("arabic-digits");
        assertThat(texts("2569")).containsExactlyInAnyOrder("thai-digits", "arabic-digits");
        assertThat(texts("๒๕๖๙_")).isEmpty();
        assertThat(inbox.count(List.of(group("A")), InboxFilter.none().containing("ผักตบ"))).isEqualTo(1);
    }

    @Test
    void theOverdueFilterShowsOnlyWorkPastItsDueDate() {
        start("overdue", vars("A", secondsFromNow(-3600), "NORMAL", null, "เลยกำหนด", null));
        start("due-later", vars("A", secondsFromNow(3600), "NORMAL", null, "ยังไม่ถึงกำหนด", null));
        start("no-due", vars("A", null, "NORMAL", null, "ไม่มีกำหนด", null));

        List<WorkItem> overdue = inbox.forPositions(List.of(group("A")), InboxFilter.none().overdue(), 0, 50);

        assertThat(overdue).extracting(WorkItem::businessKey).containsExactly("overdue");
        assertThat(overdue.get(0).isOverdue(Instant.now())).isTrue();
    }

    @Test
    void theReadModelAgreesWithTheEnginesTaskQueryForTwoHundredTasksOverTwentyGroups() {
        List<String> groups = IntStream.range(0, 20).mapToObj(i -> group("G" + i)).toList();
        for (int i = 0; i < 200; i++) {
            // uneven on purpose: group i gets a different share than group j
            String g = groups.get((i * i + i / 7) % groups.size());
            start("batch-" + i, vars(g.substring(0, g.length() - suffix.length() - 1), null, Urgency.values()[i % 4].name(),
                    "ที่ " + i, "งานชุด " + i, null));
        }
        taskService.complete(taskService.createTaskQuery().processDefinitionKey(key).listPage(0, 1).get(0).getId());

        Map<String, Long> engine = new LinkedHashMap<>();
        Map<String, Long> readModel = new LinkedHashMap<>();
        for (String g : groups) {
            engine.put(g, taskService.createTaskQuery().processDefinitionKey(key).taskCandidateGroup(g).count());
            readModel.put(g, (long) inbox.count(List.of(g), InboxFilter.none()));
        }
        assertThat(readModel).isEqualTo(engine);
        assertThat(engine.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(199);
        assertThat(java.util.Set.copyOf(engine.values())).as("groups have uneven shares").hasSizeGreaterThan(1);

        List<WorkItem> all = new ArrayList<>();
        for (int offset = 0; ; offset += 50) {
            List<WorkItem> page = inbox.forPositions(groups, InboxFilter.none(), offset, 50);
            if (page.isEmpty()) {
                break;
            }
            all.addAll(page);
        }
        assertThat(all).hasSize(199).extracting(WorkItem::taskId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(taskService.createTaskQuery().processDefinitionKey(key).list().stream()
                        .map(Task::getId).toList());
        assertThat(all).extracting(w -> w.urgency().rank()).isSorted();
    }

    @Test
    void theInboxPageQueryIsDrivenByTheGroupIndex() {
        for (int i = 0; i < 30; i++) {
            start("explain-" + i, vars(i % 3 == 0 ? "A" : "B" + i, null, "NORMAL", null, "ทดสอบดัชนี", null));
        }
        for (List<String> codes : List.of(List.of(group("A")), List.of(group("A"), group("B1"), group("B2")))) {
            MapSqlParameterSource params = new MapSqlParameterSource();
            String sql = inbox.explainablePageSql(codes, InboxFilter.none().withUrgencies(Urgency.NORMAL), params);
            List<Map<String, Object>> plan = namedJdbc.queryForList("explain " + sql, params);
            plan.forEach(row -> log.info("EXPLAIN inbox page for {} group(s): {}", codes.size(), row));
            Map<String, Object> driving = plan.stream().filter(r -> "g".equals(r.get("table"))).findFirst().orElseThrow();
            assertThat(driving.get("key")).isEqualTo(WorkInbox.INDEX);
            if (codes.size() == 1) {
                assertThat(String.valueOf(driving.get("Extra"))).doesNotContain("filesort");
            }
        }
    }

    @Test
    void deletingAProcessInstanceRemovesItsWorkItemsEvenWhenCustomListenersAreSkipped() {
        ProcessInstance plain = start("delete-me", vars("A", null, "NORMAL", null, "จะถูกลบ", null));
        ProcessInstance skipping = start("delete-me-too", vars("A", null, "NORMAL", null, "จะถูกลบเช่นกัน", null));
        assertThat(rowsOf(plain)).isEqualTo(1);

        runtimeService.deleteProcessInstance(plain.getId(), "ยกเลิกข้อสั่งการ");
        runtimeService.deleteProcessInstance(skipping.getId(), "ยกเลิกจาก Cockpit", true);

        assertThat(rowsOf(plain)).isZero();
        assertThat(rowsOf(skipping)).isZero();
        assertThat(inbox.count(List.of(group("A")), InboxFilter.none())).isZero();
    }

    @Test
    void candidateGroupsChangedOnALiveTaskAreReflected() {
        ProcessInstance pi = start("regroup", vars("A", null, "NORMAL", null, "ย้ายกลุ่ม", null));
        String taskId = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();

        taskService.addCandidateGroup(taskId, group("B"));
        assertThat(inbox.byTaskId(taskId).orElseThrow().candidateGroups()).containsExactly(group("A"), group("B"));
        assertThat(inbox.count(List.of(group("B")), InboxFilter.none())).isEqualTo(1);

        taskService.deleteCandidateGroup(taskId, group("A"));
        assertThat(inbox.byTaskId(taskId).orElseThrow().candidateGroups()).containsExactly(group("B"));
        assertThat(inbox.count(List.of(group("A")), InboxFilter.none())).isZero();
    }

    @Test
    void aTaskOfSeveralOfMyPositionsAppearsOnce() {
        start("two-groups", vars("A", null, "NORMAL", null, "สองตำแหน่ง", null, group("A") + "," + group("B")));

        assertThat(inbox.forPositions(List.of(group("A"), group("B")), InboxFilter.none(), 0, 10)).hasSize(1)
                .first().extracting(WorkItem::candidateGroups).asList().containsExactly(group("A"), group("B"));
        assertThat(inbox.count(List.of(group("A"), group("B")), InboxFilter.none())).isEqualTo(1);
    }

    @Test
    void claimingAndUnclaimingATaskUpdatesItsAssignee() {
        ProcessInstance pi = start("claim", vars("A", null, "NORMAL", null, "รับงาน", null));
        String taskId = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();

        taskService.claim(taskId, "staff");
        assertThat(inbox.byTaskId(taskId).orElseThrow().assignee()).isEqualTo("staff");

        taskService.setAssignee(taskId, null);
        assertThat(inbox.byTaskId(taskId).orElseThrow().assignee()).isNull();
    }

    @Test
    void reassigningAPositionMovesItsOpenWorkInTheEngineAndTheReadModelTogether() {
        for (int i = 0; i < 3; i++) {
            start("superior-" + i, vars("SUPERIOR", null, "NORMAL", null, "งานที่ส่งขึ้นไปเพราะตำแหน่งว่าง", null));
        }
        start("stays", vars("OTHER", null, "NORMAL", null, "งานของตำแหน่งอื่น", null));

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            assertThat(routing.reassignPosition(group("SUPERIOR"), group("ACTING"))).isEqualTo(3);
            throw new IllegalStateException("rolled back after the move");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(inbox.count(List.of(group("SUPERIOR")), InboxFilter.none())).isEqualTo(3);
        assertThat(taskService.createTaskQuery().taskCandidateGroup(group("ACTING")).count()).isZero();

        assertThat(routing.reassignPosition(group("SUPERIOR"), group("ACTING"))).isEqualTo(3);

        assertThat(inbox.count(List.of(group("SUPERIOR")), InboxFilter.none())).isZero();
        assertThat(inbox.count(List.of(group("ACTING")), InboxFilter.none())).isEqualTo(3);
        assertThat(taskService.createTaskQuery().taskCandidateGroup(group("SUPERIOR")).count()).isZero();
        assertThat(taskService.createTaskQuery().taskCandidateGroup(group("ACTING")).count()).isEqualTo(3);
        assertThat(inbox.count(List.of(group("OTHER")), InboxFilter.none())).isEqualTo(1);
    }

    private List<String> texts(String text) {
        return inbox.forPositions(List.of(group("A")), InboxFilter.none().containing(text), 0, 50).stream()
                .map(WorkItem::businessKey).toList();
    }

    private ProcessInstance start(String businessKey, Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey(key, businessKey, variables);
    }

    private int rowsOf(ProcessInstance pi) {
        return jdbc.queryForObject("select count(*) from work_item where process_instance_id = ?", Integer.class, pi.getId());
    }

    /** A group code of this test only. */
    private String group(String name) {
        return name + "-" + suffix;
    }

    private Map<String, Object> vars(String groupName, Date due, String urgency, String number, String subject, Long caseId) {
        return vars(groupName, due, urgency, number, subject, caseId, group(groupName));
    }

    private static Map<String, Object> vars(String groupName, Date due, String urgency, String number, String subject,
            Long caseId, String groups) {
        Map<String, Object> v = new HashMap<>();
        v.put("group", groups);
        v.put("due", due);
        v.put(WorkItemVariables.URGENCY, urgency);
        v.put(WorkItemVariables.CASE_NUMBER, number);
        v.put(WorkItemVariables.SUBJECT, subject);
        v.put(WorkItemVariables.CASE_ID, caseId);
        if (caseId != null) {
            v.put(WorkItemVariables.CASE_TYPE, "LETTER");
            v.put(WorkItemVariables.SECRECY, "CONFIDENTIAL");
            v.put(WorkItemVariables.CASE_PART_ID, 7L);
        }
        return v;
    }

    private static Date secondsFromNow(long seconds) {
        return Date.from(Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(seconds));
    }
}
