package th.tidtam.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;

/**
 * An agency head hands the part down its own chain; the delegate hands it further; progress reports go one level up
 * to be accepted or returned; the unit head submits the unit's final report or sends the result back.
 */
@IntegrationTest
class DelegationAndProgressReportsApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    DirectiveFixtures directives;

    @Autowired
    OrgDirectory org;

    private long position(String code) {
        return org.positionByCode(code).orElseThrow().id();
    }

    private long issueToHealth(String subject) {
        return directives.issueScreened(directives.draft(subject, "AG-12-HEAD").cadence("NONE"));
    }

    private List<String> timeline(long id) {
        return api.get("/api/directives/" + id, "governor").body().get("timeline").findValuesAsText("kind");
    }

    @Test
    void thePartGoesDownTheChainReportsGoOneLevelUpAndTheUnitHeadSubmitsTheFinalReport() {
        long id = issueToHealth("ไข้เลือดออก " + System.nanoTime());
        String ack = api.taskOf("agency.health", id, "acknowledgePart");

        JsonNode candidates = api.get("/api/tasks/" + ack + "/delegates", "agency.health").body();
        assertThat(candidates.findValuesAsText("code")).contains("AG-HEALTH-CDC-HEAD", "AG-HEALTH-CDC-OFFICER")
                .doesNotContain("AG-12-HEAD", "DIST-05-CHIEF", "GOVERNOR");
        assertThat(api.post("/api/tasks/" + ack + "/complete", "agency.health",
                Map.of("delegateTo", position("DIST-05-CHIEF"))).body().get("code").asText())
                .as("only down one's own chain").isEqualTo("directive.error.delegate-not-below");
        assertThat(api.taskOf("agency.health", id, "acknowledgePart")).as("nothing changed").isEqualTo(ack);

        assertThat(api.post("/api/tasks/" + ack + "/complete", "agency.health",
                Map.of("delegateTo", position("AG-HEALTH-CDC-HEAD"))).status()).isEqualTo(204);
        String work = api.taskOf("health.cdc", id, "reportOnPart");
        assertThat(work).as("the delegate has the work").isNotNull();
        assertThat(api.taskOf("agency.health", id, "reportOnPart")).isNull();

        // the section head hands it further down, to an officer
        assertThat(api.post("/api/tasks/" + work + "/delegate", "health.cdc",
                Map.of("positionId", position("AG-HEALTH-CDC-OFFICER"))).status()).isEqualTo(204);
        assertThat(api.taskOf("health.cdc", id, "reportOnPart")).isNull();
        String officerWork = api.taskOf("health.officer", id, "reportOnPart");
        assertThat(officerWork).as("the same task moved to the officer").isEqualTo(work);
        assertThat(api.get("/api/directives/" + id, "health.officer").status())
                .as("the delegate sees the directive it works on").isEqualTo(200);
        assertThat(api.get("/api/directives/" + id, "district.banpho").status()).isEqualTo(404);

        // progress reports: checked, then reviewed by the section head (who delegated), returned and filed again
        assertThat(api.post("/api/tasks/" + work + "/progress", "health.officer",
                Map.of("progress", "BLOCKED", "percent", 30, "note", "พ่นหมอกควันแล้ว 3 หมู่บ้าน")).body().get("code").asText())
                .as("a blocked report names the obstacle").isEqualTo("directive.error.obstacle-required");
        assertThat(api.post("/api/tasks/" + work + "/progress", "health.officer",
                Map.of("progress", "ON_TRACK", "percent", 130, "note", "x")).body().get("code").asText())
                .isEqualTo("directive.error.percent-range");
        assertThat(api.post("/api/tasks/" + work + "/progress", "health.officer",
                Map.of("progress", "AT_RISK", "percent", 40, "note", "พ่นหมอกควันแล้ว 3 หมู่บ้าน 🦟 <b>ยังขาดสารเคมี</b>",
                        "obstacle", "รอสารเคมีจากเขตสุขภาพที่ 6")).status()).isEqualTo(201);
        assertThat(api.taskOf("head", id, "reviewProgressReport")).as("not the provincial office: one level up").isNull();
        String review = api.taskOf("health.cdc", id, "reviewProgressReport");
        assertThat(review).isNotNull();
        assertThat(api.post("/api/tasks/" + review + "/complete", "health.cdc", Map.of("outcome", "RETURN")).status())
                .as("a returned report says why").isEqualTo(400);
        assertThat(api.post("/api/tasks/" + review + "/complete", "health.cdc",
                Map.of("outcome", "RETURN", "note", "ขอรายชื่อหมู่บ้าน")).status()).isEqualTo(204);
        assertThat(api.post("/api/tasks/" + review + "/complete", "health.cdc",
                Map.of("outcome", "ACCEPT")).status()).as("decided once").isEqualTo(404);
        assertThat(api.post("/api/tasks/" + work + "/progress", "health.officer",
                Map.of("progress", "ON_TRACK", "percent", 60, "note", "หมู่ 1, 3, 7 ตำบลบางวัว")).status()).isEqualTo(201);
        String second = api.taskOf("health.cdc", id, "reviewProgressReport");
        assertThat(api.post("/api/tasks/" + second + "/complete", "health.cdc", Map.of("outcome", "ACCEPT")).status())
                .isEqualTo(204);

        // the officer's result goes to the unit head, who sends it back once, then submits the unit's final report
        assertThat(api.post("/api/tasks/" + work + "/complete", "health.officer",
                Map.of("note", "ควบคุมการระบาดได้ ไม่มีผู้ป่วยรายใหม่ 14 วัน")).status()).isEqualTo(204);
        assertThat(api.taskOf("head", id, "checkEvidence")).as("interim and delegate's results never finish the part").isNull();
        String submit = api.taskOf("agency.health", id, "submitUnitReport");
        assertThat(api.post("/api/tasks/" + submit + "/complete", "agency.health",
                Map.of("outcome", "RETURN", "note", "ขอภาพถ่ายประกอบ")).status()).isEqualTo(204);
        String again = api.taskOf("health.officer", id, "reportOnPart");
        assertThat(api.post("/api/tasks/" + again + "/complete", "health.officer",
                Map.of("note", "แนบภาพถ่ายแล้ว")).status()).isEqualTo(204);
        String submitAgain = api.taskOf("agency.health", id, "submitUnitReport");
        assertThat(api.post("/api/tasks/" + submitAgain + "/complete", "agency.health",
                Map.of("outcome", "SUBMIT", "note", "สสจ. ขอรายงานผลการดำเนินการตามข้อสั่งการ")).status()).isEqualTo(204);
        assertThat(api.taskOf("head", id, "checkEvidence")).isNotNull();

        JsonNode directive = api.get("/api/directives/" + id, "governor").body();
        assertThat(timeline(id)).containsSubsequence("ACKNOWLEDGED", "DELEGATED", "DELEGATED", "PROGRESS_REPORTED",
                "REPORT_RETURNED", "PROGRESS_REPORTED", "REPORT_ACCEPTED", "DELEGATE_RESULT", "UNIT_REPORT_RETURNED",
                "DELEGATE_RESULT", "FINAL_REPORT");
        JsonNode reports = directive.get("reports");
        assertThat(reports).hasSize(2);
        assertThat(reports.get(0).get("body").asText()).as("stored as text").contains("🦟 <b>ยังขาดสารเคมี</b>");
        assertThat(reports.get(0).get("reviewState").asText()).isEqualTo("RETURNED");
        assertThat(reports.get(0).get("reviewComment").asText()).isEqualTo("ขอรายชื่อหมู่บ้าน");
        assertThat(reports.get(1).get("reviewState").asText()).isEqualTo("ACCEPTED");
        assertThat(directive.get("parts").get(0).get("workerTitleTh").asText()).isEqualTo("นักวิชาการสาธารณสุขชำนาญการ");
        assertThat(directive.get("parts").get(0).get("lastReportPercent").asInt()).isEqualTo(60);
    }

    @Test
    void nobodyDelegatesOrReportsOnWorkThatIsNotTheirs() {
        long id = issueToHealth("ควบคุมโรค " + System.nanoTime());
        String ack = api.taskOf("agency.health", id, "acknowledgePart");
        assertThat(api.post("/api/tasks/" + ack + "/complete", "agency.health", Map.of()).status()).isEqualTo(204);
        String work = api.taskOf("agency.health", id, "reportOnPart");
        assertThat(api.post("/api/tasks/" + work + "/delegate", "health.cdc",
                Map.of("positionId", position("AG-HEALTH-CDC-OFFICER"))).status())
                .as("someone else's task is not found").isEqualTo(404);
        assertThat(api.post("/api/tasks/" + work + "/progress", "district.banpho",
                Map.of("progress", "ON_TRACK", "percent", 10, "note", "x")).status()).isEqualTo(404);
        assertThat(api.post("/api/tasks/" + work + "/delegate", "agency.health", Map.of()).body().get("code").asText())
                .isEqualTo("directive.error.delegate-required");
        assertThat(api.taskOf("agency.health", id, "reportOnPart")).as("nothing moved").isEqualTo(work);
    }
}
