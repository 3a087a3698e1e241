package th.tidtam.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.alert.Alert;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.casework.alert.Alerts;
import th.tidtam.coordination.service.CoordinationCase;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.EngineClockTravel;
import th.tidtam.support.IntegrationTest;

/**
 * The request's process on the engine clock: an agency that does not answer is reminded before the due date (once),
 * escalated to the first rung of the ladder (its supervising vice governor) the first working day after it, and once the
 * due date has passed the requester's consolidation opens by itself.
 */
@IntegrationTest
class CoordinationFollowUpProcessTest {

    @Autowired ApiClient api;
    @Autowired OrgDirectory org;
    @Autowired WorkingCalendar calendar;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired Alerts alerts;
    @Autowired th.tidtam.casework.lateness.EscalationLadder ladder;

    @AfterEach
    void clockBack() {
        EngineClockTravel.backToNow();
    }

    @Test
    void aSilentAgencyIsRemindedThenEscalatedAndTheRequesterConsolidatesOnceTheDueDatePassed() {
        LocalDate today = calendar.today();
        LocalDate due = calendar.addWorkingDays(today, 3);
        long unit = org.positionsFilled(org.person("agency.fisheries").orElseThrow().id()).get(0).unitId();
        long head = org.headOf(unit).orElseThrow();
        ApiClient.Response created = api.post("/api/coordination", "head", Map.of("subject", "ขอข้อมูลผลผลิตประมง " + System.nanoTime(),
                "askKind", "INFORMATION", "body", "ขอข้อมูลผลผลิตรายอำเภอ", "dueDate", due.toString(), "unitIds", List.of(unit)));
        long id = created.body().get("id").asLong();
        assertThat(api.post("/api/coordination/" + id + "/send", "head", Map.of()).status()).isEqualTo(200);
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(CoordinationCase.businessKey(id))
                .singleResult().getId();

        morning(process, calendar.addWorkingDays(today, 1));
        morning(process, calendar.addWorkingDays(today, 2));
        assertThat(kinds(id, head)).as("one reminder before the due date").containsExactly(AlertKind.REQUESTED, AlertKind.REMINDER);

        morning(process, due);
        assertThat(alerts.ofCase(CoordinationCase.of(id)).stream().filter(a -> a.kind() == AlertKind.ESCALATED_TO_YOU))
                .as("not late on the due date itself").isEmpty();
        morning(process, calendar.addWorkingDays(due, 1));
        Long rung = ladder.rungs(head, unit).get(0);
        assertThat(alerts.ofCase(CoordinationCase.of(id))).filteredOn(a -> a.kind() == AlertKind.ESCALATED_TO_YOU)
                .extracting(Alert::positionId).containsExactly(rung);
        assertThat(kinds(id, head)).contains(AlertKind.ESCALATED);
        JsonNode party = api.get("/api/coordination/" + id, "head").body().at("/parties/0");
        assertThat(party.get("escalationLevel").asInt()).isEqualTo(1);
        assertThat(party.get("overdue").asBoolean()).isTrue();
        assertThat(api.get("/api/coordination/" + id + "/timeline", "head").body().findValuesAsText("kind"))
                .contains("REMINDED", "ESCALATED", "READY");

        EngineClockTravel.backToNow();
        String consolidate = null;
        for (JsonNode t : api.get("/api/tasks?limit=500", "head").body()) {
            if (t.path("caseId").asLong() == id && "consolidateCoordination".equals(t.path("taskDefinitionKey").asText())) {
                consolidate = t.get("taskId").asText();
            }
        }
        assertThat(consolidate).as("the due date passed: the requester consolidates").isNotNull();
        assertThat(api.post("/api/tasks/" + consolidate + "/complete", "head", Map.of("outcome", "CLOSE",
                "result", "กรมประมงไม่ได้ตอบภายในกำหนด ใช้ข้อมูลปีก่อน")).status()).isEqualTo(204);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process).count()).as("the late agency's task ended too").isZero();
    }

    /** 09:00 on that day: every timer of the process that is due by then runs, as the job executor would. */
    private void morning(String process, LocalDate day) {
        EngineClockTravel.at(day);
        for (Job job : management.createJobQuery().processInstanceId(process).timers().list()) {
            if (job.getDuedate() != null && !job.getDuedate().after(ClockUtil.getCurrentTime())) {
                management.executeJob(job.getId());
            }
        }
    }

    private List<AlertKind> kinds(long id, long position) {
        return alerts.ofCase(CoordinationCase.of(id)).stream().filter(a -> a.positionId() == position).map(Alert::kind).toList();
    }
}
