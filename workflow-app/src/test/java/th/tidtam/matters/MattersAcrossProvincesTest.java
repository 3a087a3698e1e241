package th.tidtam.matters;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.demo.SecondProvinceDemoData;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/**
 * Matters of two provinces side by side: each province numbers its own, its head of office triages only its own (to
 * its own units), and nobody of the other province reaches one by id, list, search or the unowned list (404).
 */
@IntegrationTest
class MattersAcrossProvincesTest {

    private static final String WORD = "ข้ามจังหวัด" + (System.nanoTime() % 100_000);
    private static final List<String> B_USERS = List.of(SecondProvinceDemoData.GOVERNOR, SecondProvinceDemoData.HEAD,
            SecondProvinceDemoData.SECRETARY, SecondProvinceDemoData.STAFF, SecondProvinceDemoData.HEALTH);

    @Autowired ApiClient api;
    @Autowired SecondProvinceDemoData second;
    @Autowired WorkingCalendar calendar;
    @Autowired OrgDirectory org;
    @Autowired JdbcTemplate jdbc;

    private long provinceB;

    @BeforeEach
    void secondProvince() {
        provinceB = second.ensureLoaded(calendar.today()).id();
    }

    /** The last number of province B's series this year, read before B registers. */
    private int lastInB() {
        return jdbc.queryForObject("select coalesce(max(seq), 0) from matter where province_id = ? and be_year = ?",
                Integer.class, provinceB, calendar.today().getYear() + 543);
    }

    private JsonNode register(String user, String subject) {
        ApiClient.Response r = api.post("/api/matters", user, Map.of("subject", subject + " " + WORD,
                "description", "เรื่องทดสอบการแยกจังหวัด", "source", "MEETING"));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body();
    }

    private static int seq(JsonNode matter) {
        return Integer.parseInt(matter.get("number").asText().split("/")[0]);
    }

    private List<Long> listed(String user) {
        return api.get("/api/matters?q=" + URLEncoder.encode(WORD, StandardCharsets.UTF_8), user).body().get("matters")
                .findValues("id").stream().map(JsonNode::asLong).toList();
    }

    private List<Long> searched(String user) {
        List<Long> ids = new java.util.ArrayList<>();
        for (JsonNode hit : api.get("/api/search?q=" + URLEncoder.encode(WORD, StandardCharsets.UTF_8), user).body()) {
            if ("MATTER".equals(hit.path("caseType").asText())) {
                ids.add(hit.get("caseId").asLong());
            }
        }
        return ids;
    }

    private List<Long> unowned(String user) {
        return api.get("/api/matters/unowned", user).body().findValues("id").stream().map(JsonNode::asLong).toList();
    }

    private String task(String user, long matterId, String kind) {
        for (JsonNode t : api.get("/api/tasks?limit=500", user).body()) {
            if (t.path("matterId").asLong() == matterId && t.get("taskDefinitionKey").asText().equals(kind)) {
                return t.get("taskId").asText();
            }
        }
        return null;
    }

    private long unitOf(String login) {
        return org.positionsFilled(org.person(login).orElseThrow().id()).get(0).unitId();
    }

    @Test
    void eachProvinceNumbersItsOwnMattersAndSeesNoneOfTheOthers() {
        JsonNode a1 = register("head", "เรื่องของฉะเชิงเทรา");
        int lastB = lastInB();
        JsonNode b1 = register(SecondProvinceDemoData.HEAD, "เรื่องของปราจีนบุรี");
        assertThat(seq(b1)).isEqualTo(lastB + 1);
        JsonNode a2 = register("head", "เรื่องที่สองของฉะเชิงเทรา");
        // B's matter did not take a number of A's series, and B's series is its own
        assertThat(seq(a2)).isEqualTo(seq(a1) + 1);
        JsonNode b2 = register(SecondProvinceDemoData.HEAD, "เรื่องที่สองของปราจีนบุรี");
        assertThat(seq(b2)).isEqualTo(seq(b1) + 1);
        long a = a1.get("id").asLong();
        long b = b1.get("id").asLong();

        for (String user : B_USERS) {
            assertThat(api.get("/api/matters/" + a, user).status()).as(user).isEqualTo(404);
            assertThat(api.get("/api/matters/" + a + "/timeline", user).status()).as(user).isEqualTo(404);
            assertThat(listed(user)).as(user).doesNotContain(a, a2.get("id").asLong());
            assertThat(searched(user)).as(user).doesNotContain(a, a2.get("id").asLong());
        }
        assertThat(unowned(SecondProvinceDemoData.HEAD)).contains(b).doesNotContain(a);
        assertThat(listed(SecondProvinceDemoData.HEAD)).contains(b, b2.get("id").asLong());

        for (String user : List.of("governor", "head", "staff", "secretary")) {
            assertThat(api.get("/api/matters/" + b, user).status()).as(user).isEqualTo(404);
            assertThat(listed(user)).as(user).doesNotContain(b, b2.get("id").asLong());
            assertThat(searched(user)).as(user).doesNotContain(b);
        }
        assertThat(unowned("head")).contains(a).doesNotContain(b);
    }

    @Test
    void theTriageOfAMatterGoesToItsOwnProvincesHeadOfOfficeAndOnlyToItsUnits() {
        long b = register(SecondProvinceDemoData.HEAD, "เรื่องรอพิจารณา").get("id").asLong();
        assertThat(task("head", b, "triageMatter")).isNull();
        String triage = task(SecondProvinceDemoData.HEAD, b, "triageMatter");
        assertThat(triage).isNotNull();
        LocalDate due = calendar.addWorkingDays(calendar.today(), 10);
        // a unit of the other province does not exist for this matter
        ApiClient.Response refused = api.post("/api/tasks/" + triage + "/complete", SecondProvinceDemoData.HEAD,
                Map.of("outcome", "ASSIGN", "unitId", unitOf("agency.health"), "dueDate", due));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("code").asText()).isEqualTo("matters.error.unit-gone");
        ApiClient.Response assigned = api.post("/api/tasks/" + triage + "/complete", SecondProvinceDemoData.HEAD,
                Map.of("outcome", "ASSIGN", "unitId", unitOf(SecondProvinceDemoData.HEALTH), "dueDate", due));
        assertThat(assigned.status()).as(assigned.raw()).isEqualTo(204);
        assertThat(task(SecondProvinceDemoData.HEALTH, b, "acceptMatter")).isNotNull();
        assertThat(api.get("/api/matters/" + b, "agency.health").status()).isEqualTo(404);
    }
}
