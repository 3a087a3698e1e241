package th.tidtam.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/** Who may read a directive: its route and the chain above it; classified ones only the named positions. */
@IntegrationTest
class DirectiveVisibilityApiTest {

    @LocalServerPort
    int port;

    @Autowired
    OrgDirectory org;

    private long issueToHealth(String secrecy) {
        Map<String, Object> body = new HashMap<>();
        body.put("subject", "ตรวจคัดกรองผู้ป่วย " + secrecy);
        body.put("text", "ให้สำนักงานสาธารณสุขจังหวัดดำเนินการ");
        body.put("urgency", "NORMAL");
        body.put("secrecy", secrecy);
        body.put("leadUnitId", org.positionByCode("AG-12-HEAD").orElseThrow().unitId());
        body.put("supportingUnitIds", List.of());
        body.put("dueInWorkingDays", 5);
        ApiClient.Response r = new ApiClient(port).post("/api/directives", "governor", body);
        assertThat(r.status()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    private int status(String user, long id) {
        return new ApiClient(port).get("/api/directives/" + id, user).status();
    }

    @Test
    void theAssignedAgencyTheGovernorAndTheHeadOfOfficeSeeAnOrdinaryDirectiveOthersGet404() {
        long id = issueToHealth("NONE");

        assertThat(status("agency.health", id)).isEqualTo(200);
        assertThat(status("governor", id)).isEqualTo(200);
        assertThat(status("head", id)).isEqualTo(200);
        assertThat(status("vicegovernor2", id)).as("the vice governor supervising the agency").isEqualTo(200);
        assertThat(status("vicegovernor1", id)).isEqualTo(404);
        assertThat(status("district.banpho", id)).isEqualTo(404);
        assertThat(status("staff", id)).isEqualTo(404);
    }

    @Test
    void aClassifiedDirectiveStaysWithTheNamedPositionsTheGovernorAndTheHeadOfOffice() {
        long id = issueToHealth("SECRET");

        assertThat(status("agency.health", id)).isEqualTo(200);
        assertThat(status("head", id)).isEqualTo(200);
        assertThat(status("vicegovernor2", id)).as("supervision does not clear anyone for secrets").isEqualTo(404);
        assertThat(status("district.banpho", id)).isEqualTo(404);
    }

    @Test
    void listsHoldOnlyWhatTheUserMaySee() {
        long id = issueToHealth("NONE");

        ApiClient.Response mine = new ApiClient(port).get("/api/directives?limit=200", "district.banpho");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().get("items").findValuesAsText("id")).doesNotContain(String.valueOf(id));
        ApiClient.Response health = new ApiClient(port).get("/api/directives?limit=200", "agency.health");
        assertThat(health.body().get("items").findValuesAsText("id")).contains(String.valueOf(id));
    }

    @Test
    void guessingAnIdThatDoesNotExistLooksTheSameAsOneThatIsHidden() {
        assertThat(status("agency.health", 987654321L)).isEqualTo(404);
        assertThat(new ApiClient(port).get("/api/directives/not-a-number", "agency.health").status()).isEqualTo(400);
    }
}
