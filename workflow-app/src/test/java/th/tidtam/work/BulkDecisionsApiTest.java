package th.tidtam.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.Race;

/**
 * One decision on many tasks through {@code POST /api/tasks/bulk}: each task checked and recorded on its own, the
 * answer listing what was done and what was refused; a request that is wrong as a whole changes nothing.
 */
@IntegrationTest
class BulkDecisionsApiTest {

    private static final String HEALTH = "AG-12-HEAD";

    @Autowired
    ApiClient api;

    @Autowired
    DirectiveFixtures directives;

    /** Directives screened to the provincial public health office: agency.health's acknowledgement tasks. */
    private List<Long> screenedToHealth(String subject, int n) {
        return IntStream.range(0, n).mapToObj(i -> directives.issueScreened(
                directives.draft(subject + " " + i + " " + System.nanoTime(), HEALTH))).toList();
    }

    private List<String> acknowledgements(List<Long> directiveIds) {
        List<String> tasks = directiveIds.stream().map(id -> api.taskOf("agency.health", id, "acknowledgePart")).toList();
        assertThat(tasks).doesNotContainNull();
        return tasks;
    }

    private static Map<String, Object> bulk(List<String> taskIds, Map<String, Object> body) {
        return Map.of("taskIds", taskIds, "body", body);
    }

    private long acknowledgedEvents(long directiveId) {
        JsonNode timeline = directives.detail(directiveId).get("timeline");
        return java.util.stream.StreamSupport.stream(timeline.spliterator(), false)
                .filter(e -> e.get("kind").asText().equals("ACKNOWLEDGED")).count();
    }

    @Test
    void aUnitHeadAcknowledgesThreePartsAtOnceAndIsToldWhyTheTasksThatAreNotTheirsWereRefused() {
        List<Long> ids = screenedToHealth("รับทราบพร้อมกัน", 3);
        List<String> mine = acknowledgements(ids);
        long other = directives.issue(directives.draft("งานกลั่นกรองของหัวหน้าสำนักงาน " + System.nanoTime(), HEALTH));
        String notMine = api.taskOf("head", other, "screenDirective");
        List<String> asked = new ArrayList<>(mine);
        asked.add(notMine);
        asked.add("no-such-task-" + System.nanoTime());

        ApiClient.Response r = api.post("/api/tasks/bulk", "agency.health", bulk(asked, Map.of("outcome", "acknowledge")));

        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.body().get("outcome").asText()).isEqualTo("ACKNOWLEDGE");
        assertThat(r.body().get("requested").asInt()).isEqualTo(5);
        List<String> done = new ArrayList<>();
        r.body().get("done").forEach(t -> done.add(t.asText()));
        assertThat(done).containsExactlyElementsOf(mine);
        assertThat(r.body().get("refused").findValuesAsText("taskId")).containsExactly(asked.get(3), asked.get(4));
        assertThat(r.body().get("refused").findValuesAsText("code")).containsOnly("work.bulk.error.gone");
        assertThat(r.body().get("refused").get(0).get("message_th").asText()).contains("ไม่พบงานนี้");
        assertThat(r.body().get("refused").get(0).get("message_en").asText()).contains("already done");
        // each part is acknowledged and recorded once, by the unit head, as when done one by one
        ids.forEach(id -> {
            assertThat(directives.detail(id).get("parts").get(0).get("status").asText()).isEqualTo("ACKNOWLEDGED");
            assertThat(acknowledgedEvents(id)).isEqualTo(1);
        });
        assertThat(api.taskOf("head", other, "screenDirective")).as("someone else's task is untouched").isEqualTo(notMine);

        ApiClient.Response again = api.post("/api/tasks/bulk", "agency.health", bulk(mine, Map.of("outcome", "ACKNOWLEDGE")));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("done")).isEmpty();
        assertThat(again.body().get("refused").findValuesAsText("code")).hasSize(3).containsOnly("work.bulk.error.gone");
        ids.forEach(id -> assertThat(acknowledgedEvents(id)).as("a second submit records nothing").isEqualTo(1));
    }

    @Test
    void twoBulkRequestsForTheSameTasksAtTheSameMomentDoEachTaskOnce() throws Exception {
        List<Long> ids = screenedToHealth("สองคำขอพร้อมกัน", 3);
        List<String> tasks = acknowledgements(ids);
        Map<String, Object> body = bulk(tasks, Map.of("outcome", "ACKNOWLEDGE"));

        List<ApiClient.Response> answers = Race.atOnce(() -> api.post("/api/tasks/bulk", "agency.health", body),
                () -> api.post("/api/tasks/bulk", "agency.health", body));

        int done = 0;
        for (ApiClient.Response a : answers) {
            assertThat(a.status()).as(a.raw()).isEqualTo(200);
            done += a.body().get("done").size();
            assertThat(a.body().get("done").size() + a.body().get("refused").size()).isEqualTo(3);
        }
        assertThat(done).as("every task done exactly once between the two").isEqualTo(3);
        ids.forEach(id -> assertThat(acknowledgedEvents(id)).isEqualTo(1));
    }

    @Test
    void moreThanFiveHundredTasksOrABodyWithMoreThanTheOutcomeIsRefusedAndNothingIsDone() {
        List<Long> ids = screenedToHealth("คำขอที่ไม่ถูกต้อง", 1);
        String task = acknowledgements(ids).get(0);
        List<String> tooMany = new ArrayList<>(List.of(task));
        IntStream.range(0, 500).forEach(i -> tooMany.add("t-" + i));

        ApiClient.Response over = api.post("/api/tasks/bulk", "agency.health", bulk(tooMany, Map.of("outcome", "ACKNOWLEDGE")));
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.body().get("code").asText()).isEqualTo("work.bulk.error.too-many");
        assertThat(over.body().get("message_th").asText()).contains("500").contains("501");
        assertThat(over.body().get("message_en").asText()).contains("At most 500");

        ApiClient.Response delegating = api.post("/api/tasks/bulk", "agency.health",
                bulk(List.of(task), Map.of("outcome", "ACKNOWLEDGE", "delegateTo", 1)));
        assertThat(delegating.status()).isEqualTo(400);
        assertThat(delegating.body().get("code").asText()).isEqualTo("work.bulk.error.only-outcome");
        assertThat(api.post("/api/tasks/bulk", "agency.health", bulk(List.of(), Map.of("outcome", "ACKNOWLEDGE"))).status())
                .isEqualTo(400);
        assertThat(api.post("/api/tasks/bulk", "agency.health", Map.of("taskIds", List.of("x'; drop table work_item; --"),
                "body", Map.of("outcome", "ACKNOWLEDGE"))).body().get("code").asText()).isEqualTo("work.bulk.error.task-id");

        // an outcome the step has but does not offer in bulk is refused per task
        ApiClient.Response notBulk = api.post("/api/tasks/bulk", "agency.health", bulk(List.of(task), Map.of("outcome", "SUBMIT_FINAL")));
        assertThat(notBulk.status()).isEqualTo(200);
        assertThat(notBulk.body().get("refused").findValuesAsText("code")).containsExactly("work.bulk.error.not-bulk");

        assertThat(api.taskOf("agency.health", ids.get(0), "acknowledgePart")).as("still waiting").isEqualTo(task);
        assertThat(directives.detail(ids.get(0)).get("parts").get(0).get("status").asText()).isEqualTo("ASSIGNED");
    }
}
