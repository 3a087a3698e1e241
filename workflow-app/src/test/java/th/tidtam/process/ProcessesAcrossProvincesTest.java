package th.tidtam.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.demo.SecondProvinceDemoData;
import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;

/**
 * Provinces are Camunda tenants: a directive's process, its tasks and history carry the issuing province's code, and
 * a province's administrator sees in the engine's REST API their province's processes alone (another's is "not
 * found"), read-only; the installation's administrator sees every province.
 */
@IntegrationTest
class ProcessesAcrossProvincesTest {

    private static final String A = "TH-24";
    private static final String B = SecondProvinceDemoData.CODE;

    @Autowired
    SecondProvinceDemoData secondProvince;
    @Autowired
    Clock clock;
    @Autowired
    DirectiveFixtures directives;
    @Autowired
    ApiClient api;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TenantBackfill backfill;
    @Autowired
    JdbcTemplate jdbc;

    /** Issued once for the class: the context and its database are shared by the suite. */
    private static ProcessInstance ofA;
    private static ProcessInstance ofB;

    @BeforeEach
    void aDirectiveInEachProvince() {
        if (ofB != null) {
            return;
        }
        secondProvince.ensureLoaded(LocalDate.now(clock));
        ofA = processOf(directives.issue(directives.draft("ทดสอบผู้เช่า ก", "AG-12-HEAD")));
        ApiClient.Response issued = directives.post(SecondProvinceDemoData.GOVERNOR,
                directives.draft("ทดสอบผู้เช่า ข", "PRI-AG-HEALTH-HEAD"));
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        ofB = processOf(issued.body().get("id").asLong());
    }

    @Test
    void aProcessItsTasksAndHistoryCarryTheIssuingProvincesCode() {
        assertThat(ofA.getTenantId()).isEqualTo(A);
        assertThat(ofB.getTenantId()).isEqualTo(B);
        List<Task> tasksOfB = taskService.createTaskQuery().processInstanceId(ofB.getId()).list();
        assertThat(tasksOfB).isNotEmpty().extracting(Task::getTenantId).containsOnly(B);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(ofA.getId()).singleResult()
                .getTenantId()).isEqualTo(A);
    }

    @Test
    void anInstanceStartedBeforeTenantsGetsItsProvincesCodeFromTheBackfill() {
        String id = ofA.getId();
        jdbc.update("update ACT_RU_EXECUTION set TENANT_ID_ = null where PROC_INST_ID_ = ?", id);
        jdbc.update("update ACT_RU_TASK set TENANT_ID_ = null where PROC_INST_ID_ = ?", id);
        jdbc.update("update ACT_RU_JOB set TENANT_ID_ = null where PROCESS_INSTANCE_ID_ = ?", id);
        jdbc.update("update ACT_HI_PROCINST set TENANT_ID_ = null where PROC_INST_ID_ = ?", id);
        assertThat(runtimeService.createProcessInstanceQuery().withoutTenantId().processInstanceId(id).count()).isOne();

        assertThat(backfill.fill(A)).isPositive();

        assertThat(runtimeService.createProcessInstanceQuery().tenantIdIn(A).processInstanceId(id).count()).isOne();
        assertThat(taskService.createTaskQuery().processInstanceId(id).withoutTenantId().count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getTenantId())
                .isEqualTo(A);
    }

    @Test
    void aProvincesAdministratorSeesOnlyTheirProvincesProcessesInTheRestApi() {
        String admin = SecondProvinceDemoData.ADMINISTRATOR;
        assertThat(api.get("/engine-rest/process-instance/" + ofA.getId(), admin).status()).isEqualTo(404);
        assertThat(api.get("/engine-rest/history/process-instance/" + ofA.getId(), admin).status()).isEqualTo(404);
        assertThat(api.get("/engine-rest/process-instance/" + ofB.getId(), admin).status()).isEqualTo(200);

        List<JsonNode> instances = list(api.get("/engine-rest/process-instance?maxResults=1000", admin));
        assertThat(instances).extracting(i -> i.get("id").asText()).contains(ofB.getId()).doesNotContain(ofA.getId());
        // instances started with no province at all (engine-level tests, a timer start) carry no tenant, and Camunda
        // shows those to every tenant: what must never show is another province's
        assertThat(instances).extracting(i -> i.get("tenantId").asText()).contains(B).doesNotContain(A);
        List<JsonNode> queried = list(api.post("/engine-rest/process-instance?maxResults=1000", admin, Map.of()));
        assertThat(queried).extracting(i -> i.get("tenantId").asText()).contains(B).doesNotContain(A);
        assertThat(list(api.get("/engine-rest/task?maxResults=1000", admin))).isNotEmpty()
                .extracting(t -> t.get("tenantId").asText()).contains(B).doesNotContain(A);
        assertThat(list(api.get("/engine-rest/task?processInstanceId=" + ofA.getId(), admin))).isEmpty();
        // the webapps (Cockpit and their copy of the API) stay the installation's administrator's for now
        assertThat(api.get("/camunda/app/cockpit/default/", admin).status()).isEqualTo(403);
        assertThat(api.get("/camunda/api/engine/engine/default/process-instance/" + ofA.getId(), admin).status())
                .isEqualTo(403);
    }

    @Test
    void aProvincesAdministratorOnlyReadsAndNobodyElseGetsIn() {
        String admin = SecondProvinceDemoData.ADMINISTRATOR;
        // like the installation's administrator, a province's must use a second factor: over Basic, an API token
        assertThat(api.get("/engine-rest/process-instance/" + ofB.getId(), admin + ":demo").status())
                .as("the password alone").isEqualTo(401);
        // a message, a deployment or a job definition's suspension would reach every province
        assertThat(api.post("/engine-rest/message", admin, Map.of("messageName", "directiveSuperseded",
                "businessKey", ofA.getBusinessKey())).status()).isEqualTo(403);
        assertThat(api.delete("/engine-rest/process-instance/" + ofB.getId(), admin).status()).isEqualTo(403);
        // the country's people are not theirs to list
        assertThat(api.get("/engine-rest/user?maxResults=5", admin).status()).isEqualTo(403);
        assertThat(api.get("/engine-rest/tenant", admin).status()).isEqualTo(403);
        assertThat(api.get("/camunda/app/admin/default/", admin).status()).isEqualTo(403);
        assertThat(api.get("/engine-rest/process-instance", SecondProvinceDemoData.GOVERNOR).status()).isEqualTo(403);
        assertThat(api.get("/engine-rest/process-instance", "governor").status()).isEqualTo(403);
    }

    @Test
    void theInstallationsAdministratorSeesEveryProvince() {
        assertThat(api.get("/engine-rest/process-instance/" + ofA.getId(), "admin").status()).isEqualTo(200);
        assertThat(api.get("/engine-rest/process-instance/" + ofB.getId(), "admin").status()).isEqualTo(200);
        assertThat(list(api.get("/engine-rest/process-instance?maxResults=100000", "admin")))
                .extracting(i -> i.get("id").asText()).contains(ofA.getId(), ofB.getId());
        assertThat(list(api.get("/engine-rest/tenant", "admin"))).extracting(t -> t.get("id").asText())
                .contains(A, B);
        JsonNode b = api.get("/engine-rest/tenant/" + B, "admin").body();
        assertThat(b.get("name").asText()).isEqualTo("จังหวัดปราจีนบุรี");
    }

    @Test
    void everyoneIsAMemberOfTheirProvincesTenantAndTheInstallationsAdministratorOfAll() {
        assertThat(identityService.createTenantQuery().userMember("admin").list()).extracting(Tenant::getId)
                .contains(A, B);
        assertThat(identityService.createTenantQuery().userMember(SecondProvinceDemoData.ADMINISTRATOR).list())
                .extracting(Tenant::getId).containsExactly(B);
        assertThat(identityService.createTenantQuery().userMember("governor").list()).extracting(Tenant::getId)
                .containsExactly(A);
        assertThat(identityService.createTenantQuery().groupMember("PRI-GOVERNOR").list()).extracting(Tenant::getId)
                .containsExactly(B);
        assertThat(identityService.createTenantQuery().tenantNameLike("%ปราจีน%").list()).extracting(Tenant::getId)
                .containsExactly(B);
    }

    private ProcessInstance processOf(long directiveId) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(directiveId))
                .singleResult();
    }

    private static List<JsonNode> list(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        List<JsonNode> nodes = new ArrayList<>();
        response.body().forEach(nodes::add);
        return nodes;
    }
}
