package th.tidtam.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.org.AssignmentKind;
import th.tidtam.org.service.AssignmentForm;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;

/**
 * Work belongs to the position: when someone starts acting in it mid-flight, the open task is theirs at once, and
 * the record says they did it as acting holder; when the acting period ends, it is not theirs any more.
 */
@IntegrationTest
class WorkFollowsThePositionApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    DirectiveFixtures directives;

    @Autowired
    OrgDirectory org;

    @Autowired
    OrgAdministration administration;

    private String task(String user, long directiveId, String kind) {
        return api.taskOf(user, directiveId, kind);
    }

    @Test
    void anActingHolderAppointedMidFlightSeesAndDoesThePositionsOpenWork() {
        Long position = org.positionByCode("AG-13-HEAD").orElseThrow().id();
        long id = directives.issue(directives.draft("ตรวจโรงงานริมแม่น้ำบางปะกง " + System.nanoTime(), "AG-13-HEAD")
                .text("ตรวจสอบการปล่อยน้ำเสีย").urgency("URGENT"));
        api.post("/api/tasks/" + task("head", id, "screenDirective") + "/complete", "head", Map.of("outcome", "CONFIRM"));
        assertThat(task("health.officer", id, "acknowledgePart")).isNull();

        Long acting = administration.assign(new AssignmentForm(position, org.person("health.officer").orElseThrow().id(),
                AssignmentKind.ACTING, org.today(), org.today().plusDays(30), "คำสั่งจังหวัดฉะเชิงเทรา ที่ 9001/2569",
                org.today(), null, "หัวหน้าส่วนราชการไปราชการต่างประเทศ")).assignmentId();
        try {
            String ack = task("health.officer", id, "acknowledgePart");
            assertThat(ack).as("the acting holder sees the position's open work at once").isNotNull();
            assertThat(api.post("/api/tasks/" + ack + "/complete", "health.officer", Map.of()).status()).isEqualTo(204);
            JsonNode timeline = api.get("/api/directives/" + id, "governor").body().get("timeline");
            JsonNode acknowledged = timeline.get(timeline.size() - 1);
            assertThat(acknowledged.get("kind").asText()).isEqualTo("ACKNOWLEDGED");
            assertThat(acknowledged.get("capacity").asText()).isEqualTo("ACTING");
        } finally {
            administration.deleteAssignment(acting);
        }
        assertThat(task("health.officer", id, "reportOnPart")).as("once the acting period is over the work is not theirs").isNull();
        assertThat(task("agency.industry", id, "reportOnPart")).as("the holder still has it").isNotNull();
    }
}
