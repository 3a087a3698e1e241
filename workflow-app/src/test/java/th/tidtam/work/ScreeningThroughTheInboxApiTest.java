package th.tidtam.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.base.time.ThaiDigits;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;

/** The screening round trip through "My work": issue, return with a question, answer, confirm. */
@IntegrationTest
class ScreeningThroughTheInboxApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    DirectiveFixtures directives;

    @Autowired
    OrgDirectory org;

    @Autowired
    WorkingCalendar calendar;

    private long issue(String subject) {
        long lead = org.positionByCode("AG-27-HEAD").map(p -> p.unitId())
                .orElse(org.positionByCode("AG-07-HEAD").orElseThrow().unitId());
        return directives.issue(directives.draft(subject, lead).text("รายงานสถานการณ์น้ำประจำเดือน").urgency("MOST_URGENT"));
    }

    private String taskOf(String user, long directiveId, String kind) {
        return api.taskOf(user, directiveId, kind);
    }

    @Test
    void theHeadOfOfficeFindsTheScreeningTaskByAWordOfItsSubjectInThaiOrArabicDigits() {
        long word = System.nanoTime() % 1_000_000_000L;
        long id = issue("ตรวจสอบฝายกั้นน้ำ " + ThaiDigits.toThai(String.valueOf(word)) + " อำเภอพนมสารคาม");
        String screening = taskOf("head", id, "screenDirective");

        for (String q : List.of("ฝายกั้นน้ำ " + ThaiDigits.toThai(String.valueOf(word)), String.valueOf(word))) {
            JsonNode found = api.get("/api/tasks?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8),
                    "head").body();
            assertThat(found.findValuesAsText("taskId")).as("searching My work for " + q).contains(screening);
            assertThat(found.get(0).get("subject").asText()).contains("อำเภอพนมสารคาม");
        }
        assertThat(api.get("/api/tasks?q=" + word, "staff").body().findValuesAsText("taskId")).doesNotContain(screening);
    }

    @Test
    void theHeadOfOfficeReturnsWithAQuestionTheGovernorAnswersAndTheHeadConfirmsWithANewDueDate() {
        long id = issue("สถานการณ์น้ำ " + System.nanoTime());

        String screening = taskOf("head", id, "screenDirective");
        assertThat(screening).as("the screening task is in the head of office's inbox").isNotNull();
        assertThat(taskOf("staff", id, "screenDirective")).isNull();
        assertThat(api.get("/api/tasks/" + screening, "staff").status()).isEqualTo(404);
        JsonNode context = api.get("/api/tasks/" + screening, "head").body();
        assertThat(context.get("outcomes").toString()).contains("CONFIRM").contains("RETURN");
        assertThat(context.get("task").get("dueAt").isNull()).as("most urgent: due the same working day").isFalse();

        ApiClient.Response noQuestion = api.post("/api/tasks/" + screening + "/complete", "head", Map.of("outcome", "RETURN"));
        assertThat(noQuestion.status()).isEqualTo(400);
        assertThat(api.post("/api/tasks/" + screening + "/complete", "head",
                Map.of("outcome", "RETURN", "note", "ขอทราบขอบเขตพื้นที่")).status()).isEqualTo(204);

        String answer = taskOf("governor", id, "answerQuestion");
        assertThat(answer).isNotNull();
        assertThat(api.get("/api/directives/" + id, "governor").body().get("status").asText()).isEqualTo("RETURNED_TO_GOVERNOR");
        assertThat(api.post("/api/tasks/" + answer + "/complete", "governor", Map.of("note", "ทุกอำเภอริมแม่น้ำบางปะกง"))
                .status()).isEqualTo(204);

        String again = taskOf("head", id, "screenDirective");
        LocalDate newDue = calendar.addWorkingDays(calendar.today(), 20);
        assertThat(api.post("/api/tasks/" + again + "/complete", "head",
                Map.of("outcome", "CONFIRM", "dueDate", newDue.toString(), "cadence", "WEEKLY")).status()).isEqualTo(204);

        JsonNode directive = api.get("/api/directives/" + id, "governor").body();
        assertThat(directive.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(directive.get("dueDate").asText()).isEqualTo(newDue.toString());
        assertThat(directive.get("cadence").asText()).isEqualTo("WEEKLY");
        assertThat(directive.get("timeline").findValuesAsText("kind"))
                .containsExactly("ISSUED", "RETURNED_TO_GOVERNOR", "ANSWERED", "SCREENED");
        assertThat(directive.get("timeline").get(1).get("detail").asText()).isEqualTo("ขอทราบขอบเขตพื้นที่");
        assertThat(directive.get("timeline").get(3).get("capacity").asText()).isEqualTo("HOLDER");
    }

    @Test
    void aTaskCompletedTwiceAtTheSameMomentHasOneWinnerAndTheOtherIsTold() {
        long id = issue("ยืนยันพร้อมกัน " + System.nanoTime());
        String screening = taskOf("head", id, "screenDirective");

        CompletableFuture<ApiClient.Response> first = CompletableFuture.supplyAsync(() -> api
                .post("/api/tasks/" + screening + "/complete", "head", Map.of("outcome", "CONFIRM")));
        CompletableFuture<ApiClient.Response> second = CompletableFuture.supplyAsync(() -> api
                .post("/api/tasks/" + screening + "/complete", "head", Map.of("outcome", "CONFIRM")));
        List<Integer> statuses = List.of(first.join().status(), second.join().status());

        assertThat(statuses).containsOnlyOnce(204);
        ApiClient.Response loser = first.join().status() == 204 ? second.join() : first.join();
        assertThat(loser.status()).isIn(400, 404, 409);
        assertThat(loser.body().get("message_th").asText()).isNotBlank();
        JsonNode directive = api.get("/api/directives/" + id, "governor").body();
        assertThat(directive.get("timeline").findValuesAsText("kind")).containsExactly("ISSUED", "SCREENED");
        assertThat(directive.get("status").asText()).isEqualTo("IN_PROGRESS");
    }
}
