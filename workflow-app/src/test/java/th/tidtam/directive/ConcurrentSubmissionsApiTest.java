package th.tidtam.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tidtam.org.PositionRole;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionForm;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;
import th.tidtam.support.Race;

/**
 * The same piece of work sent twice at the same moment — two people who both fill the unit head's position, or one
 * person's double click — leaves exactly one result; the other sender is told why, in Thai, and nothing is doubled.
 */
@IntegrationTest
class ConcurrentSubmissionsApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    OrgAdministration admin;
    @Autowired
    OrgDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    /** A unit whose head's post is held by one person while another acts in it: both see the unit's work. */
    private record SharedPost(long unitId, String holder, String acting) {
    }

    private SharedPost sharedPost() {
        OrgFixtures fx = new OrgFixtures(admin);
        UnitSummary unit = fx.unit("SHARED");
        PositionSummary head = admin.createPosition(new PositionForm(fx.code("HEAD"), "หัวหน้าหน่วยทดสอบ", "Test unit head",
                unit.id(), directory.positionByCode("GOVERNOR").orElseThrow().id(), true, PositionRole.STAFF, null));
        PersonSummary holder = fx.person("holder");
        PersonSummary acting = fx.person("acting");
        fx.hold(head.id(), holder.id(), directory.today().minusDays(30));
        fx.act(head.id(), acting.id(), directory.today().minusDays(1), null);
        return new SharedPost(unit.id(), holder.username() + ":" + OrgFixtures.PASSWORD,
                acting.username() + ":" + OrgFixtures.PASSWORD);
    }

    private List<String> timeline(long id) {
        return api.get("/api/directives/" + id, "governor").body().get("timeline").findValuesAsText("kind");
    }

    @Test
    void theHolderAndTheActingHeadAcknowledgingAtOnceLeaveOneAcknowledgement() throws Exception {
        SharedPost post = sharedPost();
        long id = api.issueScreened("รับทราบพร้อมกัน " + System.nanoTime(), post.unitId(), "NONE", 10);
        String ack = api.taskOf(post.holder(), id, "acknowledgePart");
        assertThat(api.taskOf(post.acting(), id, "acknowledgePart")).as("both see the same task").isEqualTo(ack);

        List<ApiClient.Response> answers = Race.atOnce(
                () -> api.post("/api/tasks/" + ack + "/complete", post.holder(), Map.of()),
                () -> api.post("/api/tasks/" + ack + "/complete", post.acting(), Map.of()));

        assertOneWinnerAndOneToldWhy(answers, 204);
        assertThat(timeline(id).stream().filter("ACKNOWLEDGED"::equals)).hasSize(1);
        assertThat(api.taskOf(post.holder(), id, "reportOnPart")).as("one work task follows").isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from directive_part where directive_id = ?", Long.class, id))
                .isEqualTo(1);
    }

    @Test
    void aFinalReportSentTwiceAtOnceIsRecordedOnce() throws Exception {
        SharedPost post = sharedPost();
        long id = api.issueScreened("รายงานผลซ้ำ " + System.nanoTime(), post.unitId(), "NONE", 10);
        api.post("/api/tasks/" + api.taskOf(post.holder(), id, "acknowledgePart") + "/complete", post.holder(), Map.of());
        String work = api.taskOf(post.holder(), id, "reportOnPart");

        List<ApiClient.Response> answers = Race.atOnce(
                () -> api.post("/api/tasks/" + work + "/complete", post.holder(), Map.of("note", "ดำเนินการแล้ว 🙏")),
                () -> api.post("/api/tasks/" + work + "/complete", post.acting(), Map.of("note", "ดำเนินการแล้ว 🙏")));

        assertOneWinnerAndOneToldWhy(answers, 204);
        assertThat(timeline(id).stream().filter("FINAL_REPORT"::equals)).hasSize(1);
        assertThat(api.get("/api/directives/" + id, "governor").body().get("parts").get(0).get("status").asText())
                .isEqualTo("DONE");
    }

    @Test
    void aProgressReportDoubleClickedIsFiledOnceAndReviewedOnce() throws Exception {
        SharedPost post = sharedPost();
        long id = api.issueScreened("ความก้าวหน้าซ้ำ " + System.nanoTime(), post.unitId(), "NONE", 10);
        api.post("/api/tasks/" + api.taskOf(post.holder(), id, "acknowledgePart") + "/complete", post.holder(), Map.of());
        String work = api.taskOf(post.holder(), id, "reportOnPart");
        Map<String, Object> report = Map.of("progress", "ON_TRACK", "percent", 40, "note", "ลงพื้นที่แล้ว ๔ ตำบล");

        List<ApiClient.Response> answers = Race.atOnce(
                () -> api.post("/api/tasks/" + work + "/progress", post.holder(), report),
                () -> api.post("/api/tasks/" + work + "/progress", post.holder(), report));

        assertOneWinnerAndOneToldWhy(answers, 201);
        assertThat(jdbc.queryForObject("select count(*) from progress_report where directive_id = ?", Long.class, id))
                .isEqualTo(1);
        assertThat(timeline(id).stream().filter("PROGRESS_REPORTED"::equals)).hasSize(1);
        assertThat(api.taskOf("head", id, "reviewProgressReport")).as("one review for the head of office").isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.EXECUTION_ID_"
                + " where t.TASK_DEF_KEY_ = 'reviewProgressReport' and e.BUSINESS_KEY_ = ?", Long.class, String.valueOf(id)))
                .isLessThanOrEqualTo(1);

        ApiClient.Response again = api.post("/api/tasks/" + work + "/progress", post.holder(), report);
        assertThat(again.status()).as("the same report clicked again a moment later").isEqualTo(400);
        assertThat(again.body().get("code").asText()).isEqualTo("directive.error.progress-duplicate");

        // a different report a moment later is a new report, not a duplicate
        assertThat(api.post("/api/tasks/" + work + "/progress", post.holder(),
                Map.of("progress", "ON_TRACK", "percent", 60, "note", "ลงพื้นที่แล้ว ๖ ตำบล")).status()).isEqualTo(201);
    }

    private static void assertOneWinnerAndOneToldWhy(List<ApiClient.Response> answers, int success) {
        assertThat(answers).extracting(ApiClient.Response::status).containsOnlyOnce(success);
        ApiClient.Response loser = answers.get(0).status() == success ? answers.get(1) : answers.get(0);
        assertThat(loser.status()).as(loser.raw()).isIn(400, 404, 409);
        assertThat(loser.body().get("message_th").asText()).isNotBlank();
    }
}
