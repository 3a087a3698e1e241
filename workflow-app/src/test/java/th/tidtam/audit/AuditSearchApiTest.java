package th.tidtam.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;

/** The administrator searches the trail over the API; nobody else gets anything out of it. */
@IntegrationTest
class AuditSearchApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiClient api;

    @Autowired
    DirectiveFixtures directives;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    java.time.Clock clock;

    private long issueSecret() {
        return directives.issue(directives.draft("ค้นบันทึกการใช้งาน " + System.nanoTime(), "AG-12-HEAD").text("ข้อความ")
                .secrecy("SECRET").dueInWorkingDays(5));
    }

    private JsonNode search(String query) {
        ApiClient.Response r = api.get("/api/admin/audit?" + query, "admin");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body();
    }

    @Test
    void theAdministratorFindsWhoSawAClassifiedDirectiveNewestFirst() {
        long id = issueSecret();
        assertThat(AuditRows.get(port, "/api/directives/" + id, "agency.health", "203.0.113.50").statusCode()).isEqualTo(200);
        assertThat(AuditRows.get(port, "/api/directives/" + id, "head", "203.0.113.51").statusCode()).isEqualTo(200);

        JsonNode views = search("objectType=Directive&objectId=" + id + "&action=VIEW");
        assertThat(views.get("total").asLong()).isEqualTo(2);
        assertThat(views.get("items").findValuesAsText("username")).containsExactly("head", "agency.health");
        JsonNode first = views.get("items").get(1);
        assertThat(first.get("address").asText()).isEqualTo("203.0.113.50");
        assertThat(first.get("secrecy").asText()).isEqualTo("SECRET");
        assertThat(first.get("capacity").asText()).isEqualTo("HOLDER");
        assertThat(first.get("positionTitle").asText()).isEqualTo(org.positionByCode("AG-12-HEAD").orElseThrow().titleTh());
        assertThat(first.get("details").get("what").asText()).isEqualTo("directive");
        assertThat(java.time.Duration.between(java.time.Instant.parse(first.get("occurredAt").asText()), clock.instant()).abs())
                .as("when, by the application's clock, read back as the same instant").isLessThan(java.time.Duration.ofMinutes(10));

        // the history of the object: its creation (and the start of its process, an update) and both views
        assertThat(search("objectType=Directive&objectId=" + id).get("items").findValuesAsText("action"))
                .containsSubsequence("VIEW", "VIEW", "CREATE").containsOnlyOnce("CREATE");
    }

    @Test
    void everyFilterNarrowsTheSearch() {
        long id = issueSecret();
        assertThat(AuditRows.get(port, "/api/directives/" + id, "agency.health", "203.0.113.60").statusCode()).isEqualTo(200);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
        String be = today.plusYears(543).toString();

        assertThat(search("address=203.0.113.60&user=agency.health").get("items").findValuesAsText("objectId"))
                .contains(String.valueOf(id));
        assertThat(search("address=203.0.113.60&user=governor").get("total").asLong()).isZero();
        assertThat(search("from=" + be + "&to=" + be + "&address=203.0.113.60").get("total").asLong())
                .as("today in the Buddhist era").isEqualTo(1);
        assertThat(search("from=" + today.plusDays(1) + "&address=203.0.113.60").get("total").asLong()).isZero();
        assertThat(search("to=" + today.minusDays(1) + "&address=203.0.113.60").get("total").asLong()).isZero();
        assertThat(search("position=" + URLEncoder.encode("สาธารณสุขจังหวัด", StandardCharsets.UTF_8)
                + "&address=203.0.113.60").get("total").asLong()).isEqualTo(1);
        assertThat(search("position=" + org.positionByCode("AG-12-HEAD").orElseThrow().id() + "&address=203.0.113.60")
                .get("total").asLong()).isEqualTo(1);
        assertThat(search("text=" + URLEncoder.encode("\"directiveId\":" + id, StandardCharsets.UTF_8)
                + "&action=VIEW").get("total").asLong()).isEqualTo(1);
        assertThat(search("action=CREATE&objectType=Directive&objectId=" + id).get("items").get(0).get("username").asText())
                .isEqualTo("governor");
        JsonNode page = search("limit=1&offset=0");
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("total").asLong()).isGreaterThan(1);
    }

    @Test
    void everyoneButTheAdministratorIsRefusedAndTheRefusalIsRecorded() {
        long before = new AuditRows(jdbc).lastId();

        assertThat(api.get("/api/admin/audit", "staff").status()).isEqualTo(403);
        assertThat(api.get("/api/admin/audit", "governor").status()).isEqualTo(403);
        assertThat(api.get("/api/admin/audit", null).status()).isEqualTo(401);

        List<Map<String, Object>> denied = new AuditRows(jdbc).byUser("staff", "ACCESS_DENIED", before);
        assertThat(denied).hasSize(1);
        assertThat((String) denied.get(0).get("details")).contains("AuditSearchController.search");
    }

    @Test
    void aDateThatIsNotADateIsAClearProblemInThai() {
        ApiClient.Response r = api.get("/api/admin/audit?from=25-11-2569", "admin");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("message_th").asText()).contains("วันที่ \"25-11-2569\" ไม่ถูกต้อง");
        assertThat(r.raw()).doesNotContain("Exception");
    }
}
