package th.tidtam.directive;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;

/** Who may read a directive: its route and the chain above it; classified ones only the named positions. */
@IntegrationTest
class DirectiveVisibilityApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    DirectiveFixtures directives;

    private long issueToHealth(String secrecy) {
        return directives.issue(directives.draft("ตรวจคัดกรองผู้ป่วย " + secrecy, "AG-12-HEAD")
                .text("ให้สำนักงานสาธารณสุขจังหวัดดำเนินการ").secrecy(secrecy).dueInWorkingDays(5));
    }

    private int status(String user, long id) {
        return api.get("/api/directives/" + id, user).status();
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

        ApiClient.Response mine = api.get("/api/directives?limit=200", "district.banpho");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().get("items").findValuesAsText("id")).doesNotContain(String.valueOf(id));
        ApiClient.Response health = api.get("/api/directives?limit=200", "agency.health");
        assertThat(health.body().get("items").findValuesAsText("id")).contains(String.valueOf(id));
    }

    @Test
    void guessingAnIdThatDoesNotExistLooksTheSameAsOneThatIsHidden() {
        assertThat(status("agency.health", 987654321L)).isEqualTo(404);
        assertThat(api.get("/api/directives/not-a-number", "agency.health").status()).isEqualTo(400);
    }
}
