package th.tidtam.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.casework.timeline.Timeline;
import th.tidtam.memo.service.MemoCase;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;
import th.tidtam.support.Race;

/**
 * Memos up the chain over the API with the demo's chain of command: staff → group director → head of office → vice
 * governor 1 (delegation on the governor) → governor; vacant levels, returns, decisions that act, double sends and
 * the visibility of a classified memo.
 */
@IntegrationTest
class MemoChainApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    DirectiveFixtures directives;
    @Autowired
    OrgAdministration admin;
    @Autowired
    OrgDirectory org;
    @Autowired
    Timeline timeline;

    @Test
    void staffMemoGoesUpLevelByLevelAndTheViceGovernorDecidesOnTheGovernorsBehalf() {
        long id = draft("staff", "GENERAL", "NONE", null);
        assertThat(submit("staff", id).status()).isEqualTo(200);
        assertThat(at(id, "director.admin")).isEqualTo("GRP-ADMIN-DIR");

        // the director's level through My work, as the inbox completes it
        String task = task("director.admin", id, MemoCase.TASK_ANNOTATE);
        assertThat(api.post("/api/tasks/" + task + "/complete", "director.admin",
                Map.of("outcome", "PRESENT", "note", "เห็นควรเสนอ")).status()).isEqualTo(204);
        assertThat(at(id, "head")).isEqualTo("HEAD-OF-OFFICE");

        assertThat(api.post("/api/memos/" + id + "/present", "head", Map.of("note", "เพื่อโปรดพิจารณา")).status()).isEqualTo(200);
        assertThat(at(id, "vicegovernor1")).isEqualTo("VICE-GOVERNOR-1");

        ApiClient.Response decided = api.post("/api/memos/" + id + "/decide", "vicegovernor1",
                Map.of("decision", "APPROVE", "note", "อนุมัติ"));
        assertThat(decided.status()).as(decided.raw()).isEqualTo(200);
        assertThat(decided.body().get("status").asText()).isEqualTo("DECIDED");
        JsonNode last = last(decided.body().get("annotations"));
        assertThat(last.get("kind").asText()).isEqualTo("DECIDE");
        assertThat(last.get("capacity").asText()).isEqualTo("DELEGATION");
        assertThat(last.get("onBehalfOfTitleTh").asText()).contains("ผู้ว่าราชการจังหวัด");
        assertThat(decided.body().get("annotations")).hasSize(4);
    }

    @Test
    void viceGovernorIsRefusedForAMatterTheDelegationDoesNotCover() {
        long id = draft("staff", "PERSONNEL", "NONE", null);
        submit("staff", id);
        api.post("/api/memos/" + id + "/present", "director.admin", Map.of());
        api.post("/api/memos/" + id + "/present", "head", Map.of());

        ApiClient.Response refused = api.post("/api/memos/" + id + "/decide", "vicegovernor1", Map.of("decision", "APPROVE"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("code").asText()).isEqualTo("memo.error.delegation-not-covering");
        assertThat(status(id, "vicegovernor1")).isEqualTo("IN_CHAIN");
        // the VG presents it to the governor instead, who decides
        assertThat(api.post("/api/memos/" + id + "/present", "vicegovernor1", Map.of()).status()).isEqualTo(200);
        assertThat(api.post("/api/memos/" + id + "/decide", "governor", Map.of("decision", "APPROVE")).status()).isEqualTo(200);
    }

    @Test
    void vacantLevelIsSkippedToTheNextFilledOneAndTheTimelineSaysSo() {
        OrgFixtures fx = new OrgFixtures(admin);
        PositionSummary director = org.positionByCode("GRP-ADMIN-DIR").orElseThrow();
        UnitSummary section = fx.unit("MEMO-SECTION", director.unitId());
        PositionSummary sectionHead = fx.position("SECTION-HEAD", section.id(), director.id());
        PositionSummary officer = fx.position("OFFICER", section.id(), sectionHead.id());
        PersonSummary person = fx.person("officer");
        fx.hold(officer.id(), person.id(), org.today().minusYears(1));
        String login = person.username() + ":" + OrgFixtures.PASSWORD;

        long id = draft(login, "GENERAL", "NONE", null);
        assertThat(submit(login, id).status()).isEqualTo(200);

        assertThat(at(id, "director.admin")).isEqualTo("GRP-ADMIN-DIR");
        assertThat(timeline.of(MemoCase.ref(id))).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("LEVEL_SKIPPED");
            assertThat(e.detail()).contains(sectionHead.code()).contains("GRP-ADMIN-DIR");
        });
    }

    @Test
    void returnedMemoIsCorrectedAndGoesUpAgainFromTheFirstLevel() {
        long id = draft("staff", "GENERAL", "NONE", null);
        submit("staff", id);
        api.post("/api/memos/" + id + "/present", "director.admin", Map.of());

        ApiClient.Response noReason = api.post("/api/memos/" + id + "/return", "head", Map.of());
        assertThat(noReason.body().get("code").asText()).isEqualTo("error.field-required");
        assertThat(api.post("/api/memos/" + id + "/return", "head", Map.of("note", "แก้ไขตัวเลขงบประมาณ")).status()).isEqualTo(200);
        assertThat(status(id, "staff")).isEqualTo("RETURNED");
        assertThat(task("staff", id, MemoCase.TASK_CORRECT)).isNotNull();

        ApiClient.Response again = api.post("/api/tasks/" + task("staff", id, MemoCase.TASK_CORRECT) + "/complete", "staff",
                Map.of("outcome", "RESUBMIT", "note", "แก้ไขแล้ว"));
        assertThat(again.status()).as(again.raw()).isEqualTo(204);
        assertThat(at(id, "staff")).isEqualTo("GRP-ADMIN-DIR");
    }

    @Test
    void assignDecidedOnTheGovernorsBehalfIssuesADirectiveThatCitesTheMemo() {
        // the first vice governor's annex covers directing agencies: "มอบ … ดำเนินการ" for the governor
        long id = draft("head", "DIRECTIVE", "NONE", null);
        submit("head", id);
        assertThat(at(id, "head")).isEqualTo("VICE-GOVERNOR-1");

        Map<String, Object> assign = new HashMap<>();
        assign.put("decision", "ASSIGN");
        assign.put("note", "มอบสำนักงานสาธารณสุขจังหวัดดำเนินการ");
        assign.put("leadUnitId", directives.unitOf("AG-12-HEAD"));
        assign.put("dueDate", org.today().plusDays(30).toString());
        ApiClient.Response decided = api.post("/api/memos/" + id + "/decide", "vicegovernor1", assign);
        assertThat(decided.status()).as(decided.raw()).isEqualTo(200);
        assertThat(last(decided.body().get("annotations")).get("capacity").asText()).isEqualTo("DELEGATION");
        long directiveId = decided.body().get("directiveId").asLong();
        assertThat(directiveId).isPositive();

        JsonNode directive = directives.detail(directiveId);
        assertThat(directive.toString()).contains("บันทึก " + decided.body().get("number").asText());
        assertThat(directive.get("sourceCaseType").asText()).isEqualTo("MEMO");
        assertThat(directive.get("sourceCaseId").asLong()).isEqualTo(id);
    }

    @Test
    void twoSendsAtOnceLeaveOneWinnerAndAClearRefusal() throws Exception {
        long id = draft("staff", "GENERAL", "NONE", null);
        List<ApiClient.Response> both = Race.atOnce(() -> submit("staff", id), () -> submit("staff", id));
        assertThat(both).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(200, 400);
        assertThat(both).filteredOn(r -> r.status() == 400).singleElement()
                .satisfies(r -> assertThat(r.body().get("code").asText()).isEqualTo("memo.error.already-sent"));
        assertThat(api.get("/api/memos/" + id, "staff").body().get("annotations")).hasSize(1);
    }

    @Test
    void classifiedMemoIsNotFoundForAPositionOffTheRoute() {
        // ลับ from the group director (cleared for ลับ) up to the head of office; the officer is cleared for nothing
        long id = draft("director.admin", "GENERAL", "CONFIDENTIAL", null);
        assertThat(submit("director.admin", id).status()).isEqualTo(200);
        assertThat(api.get("/api/memos/" + id, "director.strategy").status()).isEqualTo(404);
        assertThat(api.post("/api/memos/" + id + "/present", "director.strategy", Map.of()).status()).isEqualTo(404);
        assertThat(api.get("/api/memos/" + id, "director.admin").status()).isEqualTo(200);
        assertThat(api.get("/api/memos/" + id, "head").status()).isEqualTo(200);
        assertThat(api.get("/api/memos/" + id, "governor").status()).isEqualTo(200);
    }

    private long draft(String user, String matter, String secrecy, Long addressee) {
        Map<String, Object> body = new HashMap<>();
        body.put("agency", "สำนักงานจังหวัดฉะเชิงเทรา กลุ่มงานอำนวยการ โทร. 0 3851 1234");
        body.put("referenceNo", "ฉช 0017.1/" + System.nanoTime() % 10000);
        body.put("subject", "ขออนุมัติจัดงานวันสำคัญ 🎉");
        body.put("body", "ด้วยจังหวัดมีกำหนดจัดงาน...\nจึงเรียนมาเพื่อโปรดพิจารณา");
        body.put("purpose", "CONSIDERATION");
        body.put("matter", matter);
        body.put("secrecy", secrecy);
        body.put("addresseePositionId", addressee);
        ApiClient.Response r = api.post("/api/memos", user, body);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    private ApiClient.Response submit(String user, long id) {
        return api.post("/api/memos/" + id + "/submit", user, Map.of());
    }

    private String at(long id, String user) {
        JsonNode memo = api.get("/api/memos/" + id, user).body();
        long position = memo.get("atPositionId").asLong();
        return org.position(position).orElseThrow().code();
    }

    private String status(long id, String user) {
        return api.get("/api/memos/" + id, user).body().get("status").asText();
    }

    private String task(String user, long memoId, String kind) {
        for (JsonNode t : api.get("/api/tasks?limit=500", user).body()) {
            if (t.path("memoId").asLong() == memoId && t.get("taskDefinitionKey").asText().equals(kind)) {
                return t.get("taskId").asText();
            }
        }
        return null;
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }

}
