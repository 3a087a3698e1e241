package th.tidtam.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import io.micrometer.core.instrument.MeterRegistry;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.org.service.Actor;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.EngineClockTravel;
import th.tidtam.support.IntegrationTest;

/**
 * The daily follow-up check, driven by the engine's clock (no sleeping): the cadence raises report-due tasks, a
 * reminder comes before a due date, and a late part climbs the chain one step at a time — the holder's superior,
 * the supervising vice governor, the governor — visible on the timeline and in each inbox it reaches.
 */
@IntegrationTest
class FollowUpByTheEngineClockTest {

    @Autowired
    ApiClient api;

    @Autowired
    DirectiveFixtures directives;

    @Autowired
    OrgDirectory org;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    ManagementService management;

    @Autowired
    MeterRegistry meters;

    @AfterEach
    void backToTheRealTime() {
        EngineClockTravel.backToNow();
    }

    private long issue(String leadPositionCode, String cadence, int workingDays) {
        return directives.issueScreened(directives.draft("ติดตาม " + leadPositionCode + " " + System.nanoTime(), leadPositionCode)
                .cadence(cadence).dueInWorkingDays(workingDays));
    }

    /** Moves the engine's (and so the application's) clock to 09:00 in Bangkok on that day and runs the check. */
    private void morningCheck(long directiveId, LocalDate day) {
        String process = api.get("/api/directives/" + directiveId, "governor").body().get("processInstanceId").asText();
        EngineClockTravel.morningCheck(management, process, day);
    }

    private JsonNode directive(long id) {
        return api.get("/api/directives/" + id, "governor").body();
    }

    private List<String> timeline(long id) {
        return directive(id).get("timeline").findValuesAsText("kind");
    }

    private double escalations() {
        return meters.counter("tidtam.escalations", "case_type", "DIRECTIVE").count();
    }

    private String loginOf(String positionCode) {
        return org.actorsFor(org.positionByCode(positionCode).orElseThrow().id()).stream().map(Actor::username)
                .findFirst().orElseThrow();
    }

    @Test
    void aLatePartClimbsToTheSuperiorThenTheSupervisingViceGovernorThenTheGovernorOneStepAtATime() {
        long id = issue("AG-12-HEAD", "NONE", 3);
        String ack = api.taskOf("agency.health", id, "acknowledgePart");
        assertThat(api.post("/api/tasks/" + ack + "/complete", "agency.health",
                Map.of("delegateTo", org.positionByCode("AG-HEALTH-CDC-OFFICER").orElseThrow().id())).status()).isEqualTo(204);
        LocalDate due = LocalDate.parse(directive(id).get("parts").get(0).get("dueDate").asText());
        String viceGovernor = org.position(org.supervisingPosition(org.positionByCode("AG-12-HEAD").orElseThrow().unitId())
                .orElseThrow()).orElseThrow().code();

        morningCheck(id, due);
        assertThat(timeline(id)).as("due today is not late").doesNotContain("ESCALATED");

        morningCheck(id, calendar.addWorkingDays(due, 1));
        assertThat(directive(id).get("parts").get(0).get("escalationLevel").asInt()).isEqualTo(1);
        assertThat(api.taskOf("health.cdc", id, "followUpEscalation")).as("the officer's superior chases it").isNotNull();
        morningCheck(id, calendar.addWorkingDays(due, 2));
        assertThat(directive(id).get("parts").get(0).get("escalationLevel").asInt()).as("not yet the next step").isEqualTo(1);

        morningCheck(id, calendar.addWorkingDays(due, 3));
        assertThat(api.taskOf(loginOf(viceGovernor), id, "followUpEscalation")).as("then the supervising vice governor")
                .isNotNull();
        morningCheck(id, calendar.addWorkingDays(due, 5));
        String governorTask = api.taskOf("governor", id, "followUpEscalation");
        assertThat(governorTask).as("then the governor").isNotNull();
        JsonNode part = directive(id).get("parts").get(0);
        assertThat(part.get("escalationLevel").asInt()).isEqualTo(3);
        assertThat(part.get("escalatedToTitleTh").asText()).isEqualTo("ผู้ว่าราชการจังหวัดฉะเชิงเทรา");
        morningCheck(id, calendar.addWorkingDays(due, 9));
        assertThat(timeline(id).stream().filter("ESCALATED"::equals).count()).as("nothing above the governor").isEqualTo(3);

        assertThat(api.post("/api/tasks/" + governorTask + "/complete", "governor", Map.of()).status())
                .as("a follow-up says what was done").isEqualTo(400);
        assertThat(api.post("/api/tasks/" + governorTask + "/complete", "governor",
                Map.of("note", "โทรสอบถามนายแพทย์สาธารณสุขจังหวัดแล้ว")).status()).isEqualTo(204);
        assertThat(timeline(id)).contains("FOLLOWED_UP");

        // once the part is done, whatever chasing is still open ends with it
        String work = api.taskOf("health.officer", id, "reportOnPart");
        assertThat(api.post("/api/tasks/" + work + "/complete", "health.officer", Map.of("note", "ดำเนินการแล้ว")).status())
                .isEqualTo(204);
        String submit = api.taskOf("agency.health", id, "submitUnitReport");
        assertThat(api.post("/api/tasks/" + submit + "/complete", "agency.health",
                Map.of("outcome", "SUBMIT", "note", "เสร็จสิ้น")).status()).isEqualTo(204);
        assertThat(api.taskOf("health.cdc", id, "followUpEscalation")).isNull();
        assertThat(api.taskOf(loginOf(viceGovernor), id, "followUpEscalation")).isNull();
        assertThat(api.taskOf("head", id, "checkEvidence")).isNotNull();
    }

    @Test
    void anUnacknowledgedDistrictPartGoesToItsViceGovernorFirstThenTheGovernor() {
        long id = issue("DIST-05-CHIEF", "NONE", 10);
        LocalDate acknowledgeBy = calendar.addWorkingDays(calendar.today(), 1);
        String viceGovernor = org.position(org.supervisingPosition(org.positionByCode("DIST-05-CHIEF").orElseThrow().unitId())
                .orElseThrow()).orElseThrow().code();

        double escalations = escalations();
        morningCheck(id, calendar.addWorkingDays(acknowledgeBy, 1));
        assertThat(escalations()).as("operations count it (tidtam_escalations_total)").isEqualTo(escalations + 1);
        JsonNode escalated = directive(id).get("timeline").findParents("kind").stream()
                .filter(e -> e.get("kind").asText().equals("ESCALATED")).findFirst().orElseThrow();
        assertThat(escalated.get("detail").asText()).startsWith("UNACKNOWLEDGED");
        assertThat(api.taskOf(loginOf(viceGovernor), id, "followUpEscalation")).isNotNull();
        assertThat(api.get("/api/alerts", "district.banpho").body().findValuesAsText("kind")).contains("ESCALATED");

        morningCheck(id, calendar.addWorkingDays(acknowledgeBy, 3));
        assertThat(api.taskOf("governor", id, "followUpEscalation")).isNotNull();
        assertThat(directive(id).get("parts").get(0).get("escalationLevel").asInt()).isEqualTo(2);
    }

    @Test
    void theCadenceAsksForAReportTheHolderIsRemindedAndNothingHappensOnADayOff() {
        long id = issue("AG-08-HEAD", "DAILY", 2);
        String ack = api.taskOf("agency.publicworks", id, "acknowledgePart");
        assertThat(api.post("/api/tasks/" + ack + "/complete", "agency.publicworks", Map.of()).status()).isEqualTo(204);
        LocalDate due = LocalDate.parse(directive(id).get("parts").get(0).get("dueDate").asText());
        int before = timeline(id).size();

        LocalDate saturday = calendar.today().with(DayOfWeek.SATURDAY);
        morningCheck(id, saturday.isBefore(due) ? saturday : saturday.plusWeeks(1));
        assertThat(timeline(id)).as("nobody is asked or chased on a day off").hasSize(before);

        LocalDate next = calendar.addWorkingDays(calendar.today(), 1);
        EngineClockTravel.backToNow();
        morningCheck(id, next);
        assertThat(timeline(id)).contains("REPORT_DUE", "REMINDED");
        assertThat(api.get("/api/alerts", "agency.publicworks").body().findValuesAsText("kind")).contains("REMINDER");
        String reportDue = api.taskOf("agency.publicworks", id, "progressReportDue");
        assertThat(reportDue).isNotNull();
        morningCheck(id, next);
        assertThat(timeline(id).stream().filter("REPORT_DUE"::equals).count()).as("one report per period").isEqualTo(1);

        assertThat(api.post("/api/tasks/" + reportDue + "/complete", "agency.publicworks",
                Map.of("progress", "ON_TRACK", "percent", 50, "note", "ซ่อมถนนแล้ว 2 จุด")).status()).isEqualTo(204);
        assertThat(api.taskOf("agency.publicworks", id, "progressReportDue")).isNull();
        String review = api.taskOf("head", id, "reviewProgressReport");
        assertThat(review).as("the unit head's report goes to the provincial office").isNotNull();
        assertThat(api.post("/api/tasks/" + review + "/complete", "head", Map.of("outcome", "ACCEPT")).status())
                .isEqualTo(204);
        assertThat(timeline(id)).containsSubsequence("REPORT_DUE", "PROGRESS_REPORTED", "REPORT_ACCEPTED");
        assertThat(api.taskOf("head", id, "checkEvidence")).as("a progress report never finishes a part").isNull();
    }
}
