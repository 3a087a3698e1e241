package th.tidtam.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;

/** A later directive supersedes an earlier one: the earlier closes with a link to its successor and its work stops. */
@IntegrationTest
class SupersedingDirectivesApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    DirectiveFixtures directives;

    private DirectiveFixtures.Draft directive(String subject) {
        return directives.draft(subject, "DIST-01-CHIEF").text("จัดระเบียบการจราจรบริเวณตลาดบ้านใหม่").urgency("URGENT");
    }

    private boolean hasTask(String user, long directiveId) {
        for (JsonNode t : api.get("/api/tasks?limit=500", user).body()) {
            if (t.path("directiveId").asLong() == directiveId) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theSupersededDirectiveClosesWithALinkToItsSuccessorAndItsOpenWorkStops() {
        long first = directives.issue(directive("จัดระเบียบการจราจร"));
        String screening = null;
        for (JsonNode t : api.get("/api/tasks?limit=500", "head").body()) {
            if (t.path("directiveId").asLong() == first) {
                screening = t.get("taskId").asText();
            }
        }
        assertThat(api.post("/api/tasks/" + screening + "/complete", "head", Map.of("outcome", "CONFIRM")).status()).isEqualTo(204);
        assertThat(hasTask("district.mueangchachoengsao", first)).as("the district chief has the part to acknowledge").isTrue();

        ApiClient.Response second = directives.post(directive("จัดระเบียบการจราจร (แทนฉบับเดิม)").supersedes(first));
        assertThat(second.status()).isEqualTo(201);
        long successor = second.body().get("id").asLong();

        JsonNode old = api.get("/api/directives/" + first, "governor").body();
        assertThat(old.get("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(old.get("supersededById").asLong()).isEqualTo(successor);
        assertThat(old.get("timeline").findValuesAsText("kind")).endsWith("SUPERSEDED");
        assertThat(hasTask("district.mueangchachoengsao", first)).as("the superseded directive's work is gone").isFalse();
        assertThat(api.get("/api/directives/" + successor, "governor").body().get("supersedesId").asLong()).isEqualTo(first);

        ApiClient.Response again = directives.post(directive("แทนซ้ำ").supersedes(first));
        assertThat(again.status()).as("a closed directive cannot be superseded again").isEqualTo(400);
        assertThat(again.body().get("code").asText()).isEqualTo("directive.error.supersedes-closed");
    }
}
