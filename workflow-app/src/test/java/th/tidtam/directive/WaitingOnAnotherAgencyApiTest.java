package th.tidtam.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.EngineClockTravel;
import th.tidtam.support.IntegrationTest;

/**
 * A part waiting on another agency's input (รอข้อมูลจากหน่วยงานอื่น): the wait is marked and ended by whoever works
 * the part, its working days are kept apart, the part is not chased as overdue meanwhile, and a late finish is
 * counted without them.
 */
@IntegrationTest
class WaitingOnAnotherAgencyApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    OrgDirectory org;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    ManagementService management;

    @AfterEach
    void backToTheRealTime() {
        EngineClockTravel.backToNow();
    }

    private static void at(LocalDate day) {
        EngineClockTravel.at(day);
    }

    private JsonNode part(long id) {
        return api.get("/api/directives/" + id, "governor").body().get("parts").get(0);
    }

    @Test
    void theDaysWaitedOnAnotherAgencyAreKeptApartAndNotCountedAsLate() {
        long id = api.issueScreened("รอข้อมูล " + System.nanoTime(), org.positionByCode("AG-08-HEAD").orElseThrow().unitId(),
                "NONE", 2);
        assertThat(api.post("/api/tasks/" + api.taskOf("agency.publicworks", id, "acknowledgePart") + "/complete",
                "agency.publicworks", Map.of()).status()).isEqualTo(204);
        String work = api.taskOf("agency.publicworks", id, "reportOnPart");
        long ownUnit = org.positionByCode("AG-08-HEAD").orElseThrow().unitId();
        long irrigation = org.positionByCode("AG-27-HEAD").orElseThrow().unitId();
        LocalDate due = LocalDate.parse(part(id).get("dueDate").asText());

        assertThat(api.post("/api/tasks/" + work + "/waiting", "agency.publicworks",
                Map.of("unitId", ownUnit, "reason", "x")).body().get("code").asText()).isEqualTo("directive.error.waiting-on-itself");
        assertThat(api.post("/api/tasks/" + work + "/waiting", "agency.publicworks",
                Map.of("unitId", irrigation)).status()).as("what is awaited must be said").isEqualTo(400);
        LocalDate waitingFrom = calendar.today();
        assertThat(api.post("/api/tasks/" + work + "/waiting", "agency.publicworks",
                Map.of("unitId", irrigation, "reason", "รอผลสำรวจระดับน้ำจากโครงการชลประทาน")).status()).isEqualTo(204);
        assertThat(api.post("/api/tasks/" + work + "/waiting", "agency.publicworks",
                Map.of("unitId", irrigation, "reason", "ซ้ำ")).body().get("code").asText())
                .isEqualTo("directive.error.already-waiting");
        assertThat(part(id).get("waitingOnUnitId").asLong()).isEqualTo(irrigation);

        // three working days after the due date, still waiting: not chased as overdue
        String process = api.get("/api/directives/" + id, "governor").body().get("processInstanceId").asText();
        EngineClockTravel.morningCheck(management, process, calendar.addWorkingDays(due, 3));
        assertThat(part(id).get("escalationLevel").asInt()).isZero();
        assertThat(part(id).get("workingDaysLate").asInt()).as("the wait is not the unit's lateness").isZero();

        // the input comes five working days after the due date, and the unit finishes two working days later
        at(calendar.addWorkingDays(due, 5));
        assertThat(api.delete("/api/tasks/" + work + "/waiting", "agency.publicworks").status()).isEqualTo(204);
        int waited = part(id).get("waitingWorkingDays").asInt();
        assertThat(waited).isEqualTo(calendar.workingDaysBetween(waitingFrom, calendar.addWorkingDays(due, 5)));
        assertThat(waited).isGreaterThanOrEqualTo(5);
        at(calendar.addWorkingDays(due, 7));
        assertThat(api.post("/api/tasks/" + work + "/complete", "agency.publicworks",
                Map.of("note", "ซ่อมแล้วเสร็จ")).status()).isEqualTo(204);
        assertThat(part(id).get("workingDaysLate").asInt()).as("seven working days past due, less the days waited")
                .isEqualTo(Math.max(0, 7 - waited));
        assertThat(api.get("/api/directives/" + id, "governor").body().get("timeline").findValuesAsText("kind"))
                .containsSubsequence("WAITING_STARTED", "WAITING_ENDED", "FINAL_REPORT");
    }
}
