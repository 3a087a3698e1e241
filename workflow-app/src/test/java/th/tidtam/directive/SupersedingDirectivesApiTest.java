package th.tidtam.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/** A later directive supersedes an earlier one: the earlier closes with a link to its successor and its work stops. */
@IntegrationTest
class SupersedingDirectivesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    OrgDirectory org;

    private ApiClient api() {
        return new ApiClient(port);
    }

    private Map<String, Object> directive(String subject, Long supersedes) {
        Map<String, Object> body = new HashMap<>();
        body.put("subject", subject);
        body.put("text", "จัดระเบียบการจราจรบริเวณตลาดบ้านใหม่");
        body.put("urgency", "URGENT");
        body.put("leadUnitId", org.positionByCode("DIST-01-CHIEF").orElseThrow().unitId());
        body.put("supportingUnitIds", List.of());
        body.put("dueInWorkingDays", 10);
        if (supersedes != null) {
            body.put("supersedesId", supersedes);
        }
        return body;
    }

    private boolean hasTask(String user, long directiveId) {
        for (JsonNode t : api().get("/api/tasks?limit=500", user).body()) {
            if (t.get("directiveId").asLong() == directiveId) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theSupersededDirectiveClosesWithALinkToItsSuccessorAndItsOpenWorkStops() {
        long first = api().post("/api/directives", "governor", directive("จัดระเบียบการจราจร", null)).body().get("id").asLong();
        String screening = null;
        for (JsonNode t : api().get("/api/tasks?limit=500", "head").body()) {
            if (t.get("directiveId").asLong() == first) {
                screening = t.get("taskId").asText();
            }
        }
        assertThat(api().post("/api/tasks/" + screening + "/complete", "head", Map.of("outcome", "CONFIRM")).status()).isEqualTo(204);
        assertThat(hasTask("district.mueangchachoengsao", first)).as("the district chief has the part to acknowledge").isTrue();

        ApiClient.Response second = api().post("/api/directives", "governor", directive("จัดระเบียบการจราจร (แทนฉบับเดิม)", first));
        assertThat(second.status()).isEqualTo(201);
        long successor = second.body().get("id").asLong();

        JsonNode old = api().get("/api/directives/" + first, "governor").body();
        assertThat(old.get("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(old.get("supersededById").asLong()).isEqualTo(successor);
        assertThat(old.get("timeline").findValuesAsText("kind")).endsWith("SUPERSEDED");
        assertThat(hasTask("district.mueangchachoengsao", first)).as("the superseded directive's work is gone").isFalse();
        assertThat(api().get("/api/directives/" + successor, "governor").body().get("supersedesId").asLong()).isEqualTo(first);

        ApiClient.Response again = api().post("/api/directives", "governor", directive("แทนซ้ำ", first));
        assertThat(again.status()).as("a closed directive cannot be superseded again").isEqualTo(400);
        assertThat(again.body().get("code").asText()).isEqualTo("directive.error.supersedes-closed");
    }
}
