package th.tidtam.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;

/** ขอขยายเวลา: the holder asks with a reason, the head of office grants (the original date stays) or refuses. */
@IntegrationTest
class ExtensionRequestsApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    DirectiveFixtures directives;

    @Autowired
    WorkingCalendar calendar;

    private String task(String user, long directiveId, String kind) {
        return api.taskOf(user, directiveId, kind);
    }

    private JsonNode part(long directiveId) {
        return api.get("/api/directives/" + directiveId, "governor").body().get("parts").get(0);
    }

    @Test
    void theHeadOfOfficeGrantsMoreTimeKeepingTheOriginalDateThenRefusesASecondRequest() {
        long id = directives.issue(directives.draft("ขยายเวลา " + System.nanoTime(), "AG-08-HEAD").text("จัดทำแผนป้องกันอุทกภัย"));
        assertThat(api.post("/api/tasks/" + task("head", id, "screenDirective") + "/complete", "head",
                Map.of("outcome", "CONFIRM")).status()).isEqualTo(204);
        String ack = task("agency.publicworks", id, "acknowledgePart");
        assertThat(api.post("/api/tasks/" + ack + "/complete", "agency.publicworks", Map.of()).status()).isEqualTo(204);
        String report = task("agency.publicworks", id, "reportOnPart");
        LocalDate original = LocalDate.parse(part(id).get("dueDate").asText());
        LocalDate later = calendar.addWorkingDays(original, 5);

        assertThat(api.post("/api/tasks/" + report + "/extension", "agency.publicworks",
                Map.of("dueDate", later.toString())).status()).as("a reason is required").isEqualTo(400);
        assertThat(api.post("/api/tasks/" + report + "/extension", "agency.publicworks",
                Map.of("reason", "รองบประมาณ", "dueDate", original.minusDays(1).toString())).status())
                .as("the new date must be later").isEqualTo(400);
        assertThat(api.post("/api/tasks/" + report + "/extension", "agency.publicworks",
                Map.of("reason", "รอผลการสำรวจพื้นที่จากกรมโยธาธิการ", "dueDate", later.toString())).status()).isEqualTo(202);
        assertThat(api.post("/api/tasks/" + report + "/extension", "agency.publicworks",
                Map.of("reason", "ซ้ำ", "dueDate", later.toString())).body().get("code").asText())
                .isEqualTo("directive.error.extension-pending");

        String decision = task("head", id, "decideExtension");
        assertThat(decision).as("the request reaches the head of office").isNotNull();
        assertThat(api.post("/api/tasks/" + decision + "/complete", "head", Map.of("outcome", "GRANT")).status()).isEqualTo(204);
        JsonNode granted = part(id);
        assertThat(LocalDate.parse(granted.get("dueDate").asText())).isEqualTo(later);
        assertThat(LocalDate.parse(granted.get("originalDueDate").asText())).isEqualTo(original);
        JsonNode reportTask = api.get("/api/tasks/" + report, "agency.publicworks").body().get("task");
        assertThat(reportTask.get("dueAt").asText()).as("the open report task follows the new date")
                .startsWith(later.toString());

        assertThat(api.post("/api/tasks/" + report + "/extension", "agency.publicworks",
                Map.of("reason", "ขอเพิ่มอีกครั้ง", "dueDate", calendar.addWorkingDays(later, 5).toString())).status()).isEqualTo(202);
        String second = task("head", id, "decideExtension");
        assertThat(api.post("/api/tasks/" + second + "/complete", "head", Map.of("outcome", "REFUSE")).status())
                .as("a refusal needs its reason").isEqualTo(400);
        assertThat(api.post("/api/tasks/" + second + "/complete", "head",
                Map.of("outcome", "REFUSE", "note", "ขอให้เร่งดำเนินการตามกำหนดเดิม")).status()).isEqualTo(204);
        assertThat(LocalDate.parse(part(id).get("dueDate").asText())).isEqualTo(later);
        assertThat(api.get("/api/directives/" + id, "governor").body().get("timeline").findValuesAsText("kind"))
                .containsSubsequence("EXTENSION_REQUESTED", "EXTENSION_GRANTED", "EXTENSION_REQUESTED", "EXTENSION_REFUSED");
    }
}
