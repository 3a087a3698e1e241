package th.tidtam.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.TestLogins;

/**
 * The engine's REST API, as the administrator's tools call it, still lists the chain of command's users and groups:
 * by group, by name, counted, and a person's groups with their members.
 */
@IntegrationTest
class EngineRestIdentityTest {

    @LocalServerPort
    int port;

    @Autowired
    OrgDirectory directory;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theRestApiListsTheMembersOfAPositionAndCountsByName() throws Exception {
        assertThat(ids(get("/engine-rest/user?memberOfGroup=DIST-11-CHIEF"))).containsExactly("deputy.khlongkhuean");
        JsonNode governor = get("/engine-rest/user?id=governor").get(0);
        assertThat(governor.get("firstName").asText()).isEqualTo("นายสมชาย แสงอรุณ");
        assertThat(governor.get("email").asText()).isEqualTo("governor@chachoengsao.example");
        assertThat(get("/engine-rest/user/count?firstNameLike=" + encode("%ใจดี")).get("count").asLong()).isEqualTo(5);
        assertThat(ids(get("/engine-rest/user?firstNameLike=" + encode("%ใจดี") + "&sortBy=userId&sortOrder=desc"
                + "&firstResult=1&maxResults=2"))).containsExactly("district.banpho", "director.ict");
    }

    @Test
    void theRestApiListsGroupsByTypeAndNameAndAPersonsGroups() throws Exception {
        assertThat(ids(get("/engine-rest/group?type=POSITION&nameLike=" + encode("%อำเภอบางคล้า%"))))
                .containsExactly("DIST-02-CHIEF", "DIST-02-DEPUTY");
        assertThat(get("/engine-rest/group/count?type=SYSTEM").get("count").asLong()).isOne();
        assertThat(get("/engine-rest/group/GOVERNOR").get("type").asText()).isEqualTo("POSITION");

        JsonNode identity = get("/engine-rest/identity/groups?userId=director.admin");
        String hrUnit = "unit-" + directory.positionByCode("GRP-HR-DIR").orElseThrow().unitId();
        assertThat(ids(identity.get("groups"))).containsExactlyInAnyOrder("GRP-ADMIN-DIR", "GRP-HR-DIR", hrUnit,
                "unit-" + directory.positionByCode("GRP-ADMIN-DIR").orElseThrow().unitId());
        // the secretary works in the staff officer's section: a member of one of the staff officer's groups
        assertThat(ids(get("/engine-rest/identity/groups?userId=staff").get("groupUsers"))).contains("secretary");
    }

    private JsonNode get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        TestLogins.credentials("admin", "demo").getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get("id").asText()));
        return ids;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
