package th.tidtam.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Coordination requests of two provinces side by side: numbered per province, asked only of the requester's own
 * province's agencies and partners, and not found (404) by anyone of the other province — by id, in lists and search.
 */
@IntegrationTest
class CoordinationAcrossProvincesTest {

    private static final String WORD = "ประสานข้ามจังหวัด" + (System.nanoTime() % 100_000);
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

    private long unitOf(String login) {
        return org.positionsFilled(org.person(login).orElseThrow().id()).get(0).unitId();
    }

    private Map<String, Object> body(String subject, List<Long> units, List<Long> partners) {
        Map<String, Object> b = new HashMap<>();
        b.put("subject", subject + " " + WORD);
        b.put("askKind", "INFORMATION");
        b.put("body", "ขอข้อมูลประกอบการประชุม");
        b.put("dueDate", calendar.addWorkingDays(calendar.today(), 5).toString());
        b.put("unitIds", units);
        b.put("partnerIds", partners);
        return b;
    }

    private JsonNode sent(String user, String subject, long unit) {
        ApiClient.Response drafted = api.post("/api/coordination", user, body(subject, List.of(unit), List.of()));
        assertThat(drafted.status()).as(drafted.raw()).isEqualTo(201);
        long id = drafted.body().get("id").asLong();
        ApiClient.Response sent = api.post("/api/coordination/" + id + "/send", user, Map.of());
        assertThat(sent.status()).as(sent.raw()).isEqualTo(200);
        return sent.body().get("request");
    }

    private static int value(JsonNode request) {
        String number = request.get("number").asText();
        return Integer.parseInt(number.substring(number.indexOf(' ') + 1, number.indexOf('/')));
    }

    private int lastInB() {
        return jdbc.queryForObject("select coalesce(max(number_value), 0) from coordination_request where province_id = ?"
                + " and number_year = ?", Integer.class, provinceB, calendar.today().getYear() + 543);
    }

    private List<Long> listed(String user) {
        return api.get("/api/coordination?scope=ALL&q=" + URLEncoder.encode(WORD, StandardCharsets.UTF_8), user).body()
                .get("requests").findValues("id").stream().map(JsonNode::asLong).toList();
    }

    private List<Long> searched(String user) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode hit : api.get("/api/search?q=" + URLEncoder.encode(WORD, StandardCharsets.UTF_8), user).body()) {
            if ("COORDINATION".equals(hit.path("caseType").asText())) {
                ids.add(hit.get("caseId").asLong());
            }
        }
        return ids;
    }

    @Test
    void eachProvinceNumbersItsOwnRequestsAndSeesNoneOfTheOthers() {
        JsonNode a1 = sent("head", "ขอข้อมูลสาธารณสุข", unitOf("agency.health"));
        int lastB = lastInB();
        JsonNode b1 = sent(SecondProvinceDemoData.HEAD, "ขอข้อมูลสาธารณสุขปราจีนบุรี", unitOf(SecondProvinceDemoData.HEALTH));
        JsonNode a2 = sent("head", "ขอข้อมูลสาธารณสุขอีกครั้ง", unitOf("agency.health"));
        assertThat(value(b1)).isEqualTo(lastB + 1);
        assertThat(value(a2)).isEqualTo(value(a1) + 1);
        long a = a1.get("id").asLong();
        long b = b1.get("id").asLong();

        for (String user : B_USERS) {
            assertThat(api.get("/api/coordination/" + a, user).status()).as(user).isEqualTo(404);
            assertThat(api.get("/api/coordination/" + a + "/timeline", user).status()).as(user).isEqualTo(404);
            assertThat(api.get("/api/coordination/" + a + "/summary.pdf", user).status()).as(user).isEqualTo(404);
            assertThat(listed(user)).as(user).doesNotContain(a, a2.get("id").asLong());
            assertThat(searched(user)).as(user).doesNotContain(a);
        }
        assertThat(listed(SecondProvinceDemoData.GOVERNOR)).contains(b);
        assertThat(api.post("/api/coordination/" + a + "/withdraw", SecondProvinceDemoData.HEAD, Map.of("reason", "ไม่ใช่ของเรา"))
                .status()).isEqualTo(404);

        for (String user : List.of("governor", "head", "staff", "agency.health")) {
            assertThat(api.get("/api/coordination/" + b, user).status()).as(user).isEqualTo(404);
            assertThat(listed(user)).as(user).doesNotContain(b);
            assertThat(searched(user)).as(user).doesNotContain(b);
        }
        assertThat(listed("governor")).contains(a);
    }

    @Test
    void aRequestAsksOnlyTheRequestersOwnProvincesAgenciesAndPartners() {
        long rowsInB = jdbc.queryForObject("select count(*) from coordination_request where province_id = ?", Long.class, provinceB);
        ApiClient.Response otherUnit = api.post("/api/coordination", SecondProvinceDemoData.HEAD,
                body("ขอหน่วยงานจังหวัดอื่น", List.of(unitOf("agency.health")), List.of()));
        assertThat(otherUnit.status()).isEqualTo(400);
        assertThat(otherUnit.body().get("code").asText()).isEqualTo("coordination.error.unit-unknown");

        ApiClient.Response partnerOfA = api.post("/api/partners", "secretary",
                Map.of("kind", "FOUNDATION", "nameTh", "มูลนิธิ " + WORD, "phone", "038-511-005"));
        assertThat(partnerOfA.status()).as(partnerOfA.raw()).isEqualTo(201);
        ApiClient.Response otherPartner = api.post("/api/coordination", SecondProvinceDemoData.HEAD,
                body("ขอภาคีจังหวัดอื่น", List.of(), List.of(partnerOfA.body().get("id").asLong())));
        assertThat(otherPartner.status()).isEqualTo(400);
        assertThat(otherPartner.body().get("code").asText()).isEqualTo("coordination.error.partner-unknown");
        assertThat(jdbc.queryForObject("select count(*) from coordination_request where province_id = ?", Long.class, provinceB))
                .isEqualTo(rowsInB);
    }
}
