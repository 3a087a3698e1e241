package th.tidtam.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;

/**
 * A directive from issue to closure, each step by a different user through "My work": screening, every unit
 * acknowledging and reporting, the provincial office proposing closure, the governor ordering further action for
 * one unit (a new round), and finally closing.
 */
@IntegrationTest
class DirectiveLifecycleApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    DirectiveFixtures directives;

    @Autowired
    OrgDirectory org;

    @Autowired
    WorkingCalendar calendar;

    private String task(String user, long directiveId, String kind) {
        return api.taskOf(user, directiveId, kind);
    }

    private void complete(String user, String taskId, Map<String, Object> body) {
        ApiClient.Response r = api.post("/api/tasks/" + taskId + "/complete", user, body);
        assertThat(r.status()).as(user + " completes " + taskId + ": " + r.raw()).isEqualTo(204);
    }

    private JsonNode directive(long id) {
        return api.get("/api/directives/" + id, "governor").body();
    }

    @Test
    void aDirectiveGoesFromTheGovernorThroughEveryUnitAndBackToBeClosedAfterAFurtherRound() {
        Long health = org.positionByCode("AG-12-HEAD").orElseThrow().unitId();
        Long banpho = org.positionByCode("DIST-05-CHIEF").orElseThrow().unitId();
        long id = directives.issue(directives.draft("ควบคุมโรคไข้เลือดออกในพื้นที่เสี่ยง", health)
                .text("ให้สำรวจและกำจัดแหล่งเพาะพันธุ์ยุงลาย").urgency("URGENT").supporting(List.of(banpho)).dueInWorkingDays(15));

        complete("head", task("head", id, "screenDirective"), Map.of("outcome", "CONFIRM"));
        assertThat(directive(id).get("status").asText()).isEqualTo("IN_PROGRESS");

        String healthAck = task("agency.health", id, "acknowledgePart");
        String banphoAck = task("district.banpho", id, "acknowledgePart");
        assertThat(healthAck).as("the lead agency's head is asked to acknowledge").isNotNull();
        assertThat(banphoAck).as("the supporting district chief too, in parallel").isNotNull();
        assertThat(task("district.banpho", id, "acknowledgePart")).isNotEqualTo(healthAck);
        assertThat(api.post("/api/tasks/" + healthAck + "/complete", "district.banpho", Map.of()).status())
                .as("nobody completes another unit's part").isEqualTo(404);

        complete("agency.health", healthAck, Map.of());
        complete("district.banpho", banphoAck, Map.of());
        String healthReport = task("agency.health", id, "reportOnPart");
        assertThat(api.post("/api/tasks/" + healthReport + "/complete", "agency.health", Map.of()).status())
                .as("a final report needs its text").isEqualTo(400);
        complete("agency.health", healthReport, Map.of("note", "สำรวจครบ 93 ตำบล กำจัดแหล่งเพาะพันธุ์แล้ว"));
        assertThat(task("head", id, "checkEvidence")).as("nothing is proposed while a unit is still working").isNull();
        complete("district.banpho", task("district.banpho", id, "reportOnPart"), Map.of("note", "ดำเนินการครบทุกหมู่บ้าน"));

        complete("head", task("head", id, "checkEvidence"), Map.of("note", "หลักฐานครบถ้วน"));
        assertThat(directive(id).get("status").asText()).isEqualTo("CLOSURE_PROPOSED");

        String due = calendar.addWorkingDays(calendar.today(), 5).toString();
        complete("governor", task("governor", id, "decideClosure"),
                Map.of("outcome", "FURTHER_ACTION", "note", "ให้อำเภอบ้านโพธิ์ติดตามผลอีกหนึ่งรอบ", "unitIds", List.of(banpho),
                        "dueDate", due));
        JsonNode afterFurther = directive(id);
        assertThat(afterFurther.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(afterFurther.get("round").asInt()).isEqualTo(2);
        assertThat(task("agency.health", id, "acknowledgePart")).as("only the chosen unit acts in the new round").isNull();
        complete("district.banpho", task("district.banpho", id, "acknowledgePart"), Map.of());
        complete("district.banpho", task("district.banpho", id, "reportOnPart"), Map.of("note", "ติดตามผลรอบสองแล้ว"));
        complete("head", task("head", id, "checkEvidence"), Map.of());
        complete("governor", task("governor", id, "decideClosure"), Map.of("outcome", "CLOSE"));

        JsonNode closed = directive(id);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("parts")).hasSize(3);
        assertThat(closed.get("parts").findValuesAsText("status")).containsOnly("DONE");
        assertThat(closed.get("timeline").findValuesAsText("kind")).containsExactly("ISSUED", "SCREENED", "ACKNOWLEDGED",
                "ACKNOWLEDGED", "FINAL_REPORT", "FINAL_REPORT", "CLOSURE_PROPOSED", "FURTHER_ACTION", "ACKNOWLEDGED",
                "FINAL_REPORT", "CLOSURE_PROPOSED", "CLOSED");
        assertThat(task("governor", id, "decideClosure")).isNull();
    }
}
