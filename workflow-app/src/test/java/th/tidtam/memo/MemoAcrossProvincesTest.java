package th.tidtam.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.casework.numbering.NumberSeries;
import th.tidtam.demo.SecondProvinceDemoData;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.ProvinceSummary;
import th.tidtam.org.service.Provinces;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/**
 * Memos are a province's own (issue 18): another province's memo is "not found" by id, in the lists, the search and
 * the discussion reached through it, even for the governor and the head of office who see every memo of their own;
 * each province numbers its memos in its own series, and a memo climbs its own province's chain to its governor.
 */
@IntegrationTest
class MemoAcrossProvincesTest {

    private static final NumberSeries.Series SERIES = new NumberSeries.Series("MEMO", NumberSeries.Restart.BUDDHIST_YEAR);
    private static final List<String> A_USERS = List.of("governor", "head", "secretary", "staff");
    private static final List<String> B_USERS = List.of(SecondProvinceDemoData.GOVERNOR, SecondProvinceDemoData.HEAD,
            SecondProvinceDemoData.SECRETARY, SecondProvinceDemoData.STAFF);

    @Autowired
    ApiClient api;
    @Autowired
    SecondProvinceDemoData secondProvince;
    @Autowired
    Provinces provinces;
    @Autowired
    NumberSeries numbers;
    @Autowired
    OrgDirectory org;

    private ProvinceSummary a;
    private ProvinceSummary b;

    @BeforeEach
    void provinces() {
        b = secondProvince.ensureLoaded(org.today());
        a = provinces.byCode("TH-24").orElseThrow();
    }

    @Test
    void eachProvinceNumbersItsOwnMemosAndNeitherSeesTheOthers() {
        int period = SERIES.periodOf(org.today());
        int lastA = numbers.last(a.id(), SERIES, period);
        int lastB = numbers.last(b.id(), SERIES, period);
        String token = "memoprov" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");

        JsonNode inA = draft("staff", token);
        JsonNode inB = draft(SecondProvinceDemoData.STAFF, token);
        assertThat(inA.get("number").asText()).isEqualTo((lastA + 1) + "/" + period);
        assertThat(inB.get("number").asText()).as("B's series starts afresh, A's continues")
                .isEqualTo((lastB + 1) + "/" + period);

        assertHidden(inA.get("id").asLong(), B_USERS, token);
        assertHidden(inB.get("id").asLong(), A_USERS, token);

        // the governor of B sees B's memo everywhere (the checks above are not blind)
        long bId = inB.get("id").asLong();
        assertThat(api.get("/api/memos/" + bId, SecondProvinceDemoData.GOVERNOR).status()).isEqualTo(200);
        assertThat(ids(api.get("/api/memos?scope=ALL&limit=200", SecondProvinceDemoData.GOVERNOR).body(), "id")).contains(bId);
        assertThat(ids(api.get("/api/search?q=" + token, SecondProvinceDemoData.GOVERNOR).body(), "caseId")).containsExactly(bId);
    }

    @Test
    void memoOfTheSecondProvinceClimbsItsOwnChainToItsOwnGovernor() {
        JsonNode memo = draft(SecondProvinceDemoData.STAFF, "chain");
        assertThat(org.position(memo.get("addresseePositionId").asLong()).orElseThrow().code()).isEqualTo("PRI-GOVERNOR");
        ApiClient.Response sent = api.post("/api/memos/" + memo.get("id").asLong() + "/submit", SecondProvinceDemoData.STAFF, Map.of());
        assertThat(sent.status()).as(sent.raw()).isEqualTo(200);
        assertThat(org.position(sent.body().get("atPositionId").asLong()).orElseThrow().code()).isEqualTo("PRI-GRP-ADMIN-DIR");
    }

    private void assertHidden(long id, List<String> users, String token) {
        for (String user : users) {
            assertThat(api.get("/api/memos/" + id, user).status()).as(user).isEqualTo(404);
            assertThat(api.get("/api/memos/" + id + "/memo.pdf", user).status()).as(user).isEqualTo(404);
            assertThat(api.get("/api/cases/MEMO/" + id + "/comments", user).status()).as(user).isEqualTo(404);
            assertThat(ids(api.get("/api/memos?scope=ALL&limit=200", user).body(), "id")).as(user).doesNotContain(id);
            assertThat(ids(api.get("/api/search?q=" + token, user).body(), "caseId")).as(user).doesNotContain(id);
        }
    }

    private JsonNode draft(String user, String subjectWord) {
        Map<String, Object> body = new HashMap<>();
        body.put("agency", "กลุ่มงานอำนวยการ");
        body.put("subject", "ขออนุมัติจัดงาน " + subjectWord);
        body.put("body", "จึงเรียนมาเพื่อโปรดพิจารณา");
        body.put("purpose", "CONSIDERATION");
        body.put("matter", "GENERAL");
        body.put("secrecy", "NONE");
        ApiClient.Response r = api.post("/api/memos", user, body);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body();
    }

    private static List<Long> ids(JsonNode array, String field) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get(field).asLong()));
        return ids;
    }
}
