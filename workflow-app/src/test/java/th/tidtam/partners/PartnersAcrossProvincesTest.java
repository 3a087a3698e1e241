package th.tidtam.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.demo.SecondProvinceDemoData;
import th.tidtam.org.UnitKind;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.ProvinceSummary;
import th.tidtam.org.service.Provinces;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/**
 * Each province keeps its own partners register: a partner is created in its creator's province, its name is taken
 * only there, and another province's people neither find it in the register nor reach it by id (404, never 403).
 */
@IntegrationTest
class PartnersAcrossProvincesTest {

    private static final String RUN = Long.toString(System.nanoTime() % 100_000);

    @Autowired ApiClient api;
    @Autowired SecondProvinceDemoData second;
    @Autowired WorkingCalendar calendar;
    @Autowired OrgDirectory org;
    @Autowired Provinces provinces;

    private ProvinceSummary b;

    @BeforeEach
    void secondProvince() {
        b = second.ensureLoaded(calendar.today());
    }

    private static Map<String, Object> partner(String name) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "FOUNDATION", "nameTh", name, "phone", "038-511-005"));
        return body;
    }

    private long create(String user, Map<String, Object> body) {
        ApiClient.Response r = api.post("/api/partners", user, body);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    private List<Long> found(String user, String q) {
        JsonNode items = api.get("/api/partners?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8), user)
                .body().get("items");
        return items.findValues("id").stream().map(JsonNode::asLong).toList();
    }

    @Test
    void eachProvinceHasItsOwnRegisterAndTheSameNameMayBeTakenInBoth() {
        String name = "มูลนิธิสองจังหวัด " + RUN;
        long inA = create("secretary", partner(name));
        // the same name in province B is another province's partner, not a duplicate
        long inB = create(SecondProvinceDemoData.SECRETARY, partner(name));
        assertThat(provinces.byCode(SecondProvinceDemoData.CODE)).get().extracting(ProvinceSummary::id).isEqualTo(b.id());

        for (String user : List.of(SecondProvinceDemoData.STAFF, SecondProvinceDemoData.SECRETARY, SecondProvinceDemoData.GOVERNOR)) {
            assertThat(api.get("/api/partners/" + inA, user).status()).as(user).isEqualTo(404);
            assertThat(found(user, name)).as(user).containsExactly(inB);
        }
        for (String user : List.of("staff", "secretary", "governor")) {
            assertThat(api.get("/api/partners/" + inB, user).status()).as(user).isEqualTo(404);
            assertThat(found(user, name)).as(user).containsExactly(inA);
        }
        // nor may B's secretariat change A's partner: it does not exist for them
        assertThat(api.post("/api/partners/" + inA + "/deactivate", SecondProvinceDemoData.SECRETARY, Map.of("version", 0)).status())
                .isEqualTo(404);
        assertThat(api.get("/api/partners/" + inA, "staff").body().get("active").asBoolean()).isTrue();
        // the installation's administrator reads both provinces' registers
        assertThat(api.get("/api/partners/" + inA, "admin").status()).isEqualTo(200);
        assertThat(api.get("/api/partners/" + inB, "admin").status()).isEqualTo(200);
    }

    @Test
    void aPartnersDistrictMustLieInTheCreatorsProvince() {
        long districtOfA = org.allUnits().stream().filter(u -> u.kind() == UnitKind.DISTRICT && !b.id().equals(u.provinceId()))
                .findFirst().orElseThrow().id();
        Map<String, Object> body = partner("บริษัท ข้ามจังหวัด " + RUN);
        body.put("districtUnitId", districtOfA);
        ApiClient.Response refused = api.post("/api/partners", SecondProvinceDemoData.SECRETARY, body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("code").asText()).isEqualTo("partners.error.district-unknown");
        assertThat(found(SecondProvinceDemoData.SECRETARY, "ข้ามจังหวัด " + RUN)).isEmpty();
    }
}
