package th.tidtam.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tidtam.org.PositionRole;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionForm;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;

/**
 * The process module's side of "work follows the post back", on a one-task model that routes like every case type's
 * {@code ${orgRouting.responsibleGroup(...)}}: the task remembers the vacant position it was meant for, comes nearer
 * when a vacant post in between is filled, reaches its post when that is filled, and the superior's own task never
 * moves.
 */
@IntegrationTest
class VacancyReturnTest {

    private static final String KEY = "vacancyReturnTest";

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    OrgAdministration admin;
    @Autowired
    OrgDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    private String deployment;

    @BeforeEach
    void deploy() {
        deployment = repository.createDeployment().name(KEY).addModelInstance(KEY + ".bpmn",
                Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1).startEvent().userTask("work").name("งานทดสอบ")
                        .camundaCandidateGroups("${orgRouting.responsibleGroup(positionCode)}").endEvent().done())
                .deploy().getId();
    }

    @AfterEach
    void undeploy() {
        repository.deleteDeployment(deployment, true);
    }

    @Test
    void theTaskComesNearerStepByStepAndTheChiefsOwnTaskStays() {
        OrgFixtures fx = new OrgFixtures(admin);
        UnitSummary unit = fx.unit("NESTED");
        PositionSummary chief = head(fx, unit, "CHIEF", "หัวหน้าทดสอบชั้นบน", directory.positionByCode("GOVERNOR").orElseThrow().id());
        PositionSummary deputy = head(fx, fx.unit("NESTED-MID", unit.id()), "DEPUTY", "รองทดสอบที่ว่าง", chief.id());
        PositionSummary officer = head(fx, fx.unit("NESTED-LOW", unit.id()), "OFFICER", "เจ้าหน้าที่ทดสอบที่ว่าง", deputy.id());
        fx.hold(chief.id(), fx.person("chief").id(), directory.today().minusYears(1));
        long caseId = System.nanoTime() % 1_000_000_000L;

        String meant = start(officer.code(), caseId);
        String own = start(chief.code(), caseId + 1);
        assertThat(groups(meant)).containsExactly(chief.code());
        assertThat(noted(meant)).containsExactly(officer.code(), chief.code());
        assertThat(noted(own)).containsExactly(null, null);

        fx.hold(deputy.id(), fx.person("deputy").id(), directory.today());
        assertThat(groups(meant)).as("nearer: the deputy now covers the officer's post").containsExactly(deputy.code());
        assertThat(noted(meant)).containsExactly(officer.code(), deputy.code());

        fx.act(officer.id(), fx.person("officer").id(), directory.today(), directory.today().plusMonths(1));
        assertThat(groups(meant)).as("home").containsExactly(officer.code());
        assertThat(noted(meant)).containsExactly(null, null);
        assertThat(groups(own)).as("the chief's own task").containsExactly(chief.code());

        assertThat(jdbc.queryForList("select detail from case_event where case_type = 'VACANCY_TEST' and case_id = ?"
                + " and kind = 'WORK_RETURNED' order by id", String.class, caseId))
                .containsExactly("หัวหน้าทดสอบชั้นบน → รองทดสอบที่ว่าง", "รองทดสอบที่ว่าง → เจ้าหน้าที่ทดสอบที่ว่าง");
        assertThat(jdbc.queryForObject("select count(*) from case_event where case_type = 'VACANCY_TEST' and case_id = ?",
                Long.class, caseId + 1)).isZero();
    }

    private PositionSummary head(OrgFixtures fx, UnitSummary unit, String name, String titleTh, Long above) {
        return admin.createPosition(new PositionForm(fx.code(name), titleTh, "Test " + name, unit.id(), above, true,
                PositionRole.STAFF, null));
    }

    private String start(String positionCode, long caseId) {
        String instance = runtime.startProcessInstanceByKey(KEY, Map.of("positionCode", positionCode,
                WorkItemVariables.CASE_TYPE, "VACANCY_TEST", WorkItemVariables.CASE_ID, caseId)).getId();
        return jdbc.queryForObject("select task_id from work_item where process_instance_id = ?", String.class, instance);
    }

    private List<String> groups(String taskId) {
        return jdbc.queryForList("select group_code from work_item_group where task_id = ? order by group_code",
                String.class, taskId);
    }

    private List<String> noted(String taskId) {
        return jdbc.queryForObject("select meant_for_group, covering_group from work_item where task_id = ?",
                (rs, i) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2)), taskId);
    }
}
