package th.tidtam.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.tidtam.notify.domain.NewMessage;
import th.tidtam.notify.domain.Outbox;
import th.tidtam.notify.domain.OutboxMessage;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/**
 * A person's channels within the administrator's policy over the API, and the administrator's outbox: a refused
 * choice or policy says why in Thai (or English) and changes nothing; a held message cannot be retried without a
 * server; someone else's request for the outbox is refused.
 */
@IntegrationTest
class NotificationSettingsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ApiClient api;
    @Autowired
    OrgAdministration admin;
    @Autowired
    Outbox outbox;
    @Autowired
    Environment environment;
    @Autowired
    Clock clock;

    @Test
    void aPersonChoosesWithinThePolicyAndAChoiceItForbidsIsRefusedWithNothingChanged() throws Exception {
        NotifyFixtures fx = new NotifyFixtures(admin);
        PersonSummary person = fx.person("prefs", null);
        String login = NotifyFixtures.login(person);

        JsonNode mine = api.get("/api/me/notifications", login).body();
        assertThat(mine.get("email").asText()).isEqualTo(person.email());
        assertThat(mine.get("emailValid").asBoolean()).isTrue();
        assertThat(channel(mine, "ESCALATED_TO_YOU")).isEqualTo("IMMEDIATE");
        assertThat(channel(mine, "NEW_WORK")).isEqualTo("DIGEST");

        Reply chosen = put("/api/me/notifications", login, Map.of("channels", Map.of("NEW_WORK", "IMMEDIATE", "OTHER", "NONE")));
        assertThat(chosen.status()).as(chosen.body().toString()).isEqualTo(200);
        assertThat(channel(chosen.body(), "NEW_WORK")).isEqualTo("IMMEDIATE");

        Reply narrowed = put("/api/admin/outbox/policy/MENTIONED", "admin",
                Map.of("allowed", java.util.List.of("IMMEDIATE", "DIGEST"), "defaultChannel", "IMMEDIATE"));
        try {
            assertThat(narrowed.status()).as(narrowed.body().toString()).isEqualTo(200);
            Reply refused = put("/api/me/notifications", login,
                    Map.of("channels", Map.of("MENTIONED", "NONE", "REMINDER", "NONE")));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body().get("code").asText()).isEqualTo("notify.error.channel-not-allowed");
            assertThat(refused.body().get("detail").asText()).contains("ไม่อนุญาต").contains("ไม่ส่ง");
            JsonNode after = api.get("/api/me/notifications", login).body();
            assertThat(channel(after, "REMINDER")).as("nothing of a refused change is kept").isEqualTo("DIGEST");
            assertThat(channel(after, "MENTIONED")).isEqualTo("IMMEDIATE");
        } finally {
            put("/api/admin/outbox/policy/MENTIONED", "admin",
                    Map.of("allowed", java.util.List.of("IMMEDIATE", "DIGEST", "NONE"), "defaultChannel", "IMMEDIATE"));
        }

        assertThat(put("/api/me/notifications", login, Map.of("channels", Map.of())).body().get("code").asText())
                .isEqualTo("notify.error.nothing-chosen");
        assertThat(put("/api/me/notifications", login, Map.of("channels", Map.of("BOGUS", "IMMEDIATE"))).status())
                .isEqualTo(400);
        assertThat(put("/api/me/notifications", login, "{\"channels\":{\"NEW_WORK\":\"SMOKE_SIGNALS\"}}").status())
                .isEqualTo(400);
        assertThat(channel(api.get("/api/me/notifications", login).body(), "NEW_WORK")).isEqualTo("IMMEDIATE");
    }

    @Test
    void thePolicyRefusesADefaultItDoesNotAllowAndOnlyTheAdministratorSetsIt() throws Exception {
        Reply badDefault = put("/api/admin/outbox/policy/OTHER", "admin",
                Map.of("allowed", java.util.List.of("DIGEST"), "defaultChannel", "IMMEDIATE"));
        assertThat(badDefault.status()).isEqualTo(400);
        assertThat(badDefault.body().get("code").asText()).isEqualTo("notify.error.policy-default");
        Reply none = put("/api/admin/outbox/policy/OTHER", "admin", Map.of("allowed", java.util.List.of(),
                "defaultChannel", "DIGEST"));
        assertThat(none.body().get("code").asText()).isEqualTo("notify.error.policy-empty");
        assertThat(put("/api/admin/outbox/policy/OTHER", "head", Map.of("allowed", java.util.List.of("DIGEST"),
                "defaultChannel", "DIGEST")).status()).isEqualTo(403);
        assertThat(api.get("/api/admin/outbox/policy", "admin").body().get("OTHER").get("defaultChannel").asText())
                .isEqualTo("DIGEST");
    }

    @Test
    void theAdministratorReadsAHeldMessageAndCannotRetryItWithoutAServer() {
        NotifyFixtures fx = new NotifyFixtures(admin);
        PersonSummary person = fx.person("held", null);
        outbox.add(new NewMessage(person.id(), person.email(), "th", "OTHER", "ข้อความพักไว้ 🙂", "เนื้อความที่พักไว้",
                "test:held:" + person.id(), OutboxStatus.HELD, null, null, null), clock.instant());
        JsonNode page = api.get("/api/admin/outbox?status=HELD&q=" + person.email(), "admin").body();
        assertThat(page.get("total").asInt()).isEqualTo(1);
        assertThat(page.get("serverConfigured").asBoolean()).isFalse();
        long id = page.get("items").get(0).get("id").asLong();

        assertThat(api.get("/api/admin/outbox/" + id, "admin").body().get("bodyText").asText()).isEqualTo("เนื้อความที่พักไว้");
        ApiClient.Response retry = api.post("/api/admin/outbox/" + id + "/retry", "admin", Map.of());
        assertThat(retry.status()).isEqualTo(400);
        assertThat(retry.body().get("code").asText()).isEqualTo("notify.error.no-server");
        OutboxMessage unchanged = outbox.find(id).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(OutboxStatus.HELD);

        assertThat(api.get("/api/admin/outbox/987654321", "admin").status()).isEqualTo(404);
        assertThat(api.post("/api/admin/outbox/987654321/retry", "admin", Map.of()).status()).isEqualTo(404);
        assertThat(api.get("/api/admin/outbox", "head").status()).isEqualTo(403);
        assertThat(api.get("/api/admin/outbox/" + id, "staff").status()).isEqualTo(403);
        assertThat(api.get("/api/admin/outbox?limit=100000", "admin").body().get("code").asText()).isEqualTo("notify.error.page");
        assertThat(api.get("/api/admin/outbox?status=LOST", "admin").status()).isEqualTo(400);
    }

    private static String channel(JsonNode settings, String kind) {
        for (JsonNode k : settings.get("kinds")) {
            if (k.get("kind").asText().equals(kind)) {
                return k.get("channel").asText();
            }
        }
        throw new AssertionError("no kind " + kind);
    }

    record Reply(int status, JsonNode body) {
    }

    /** ApiClient has no PUT: the same Basic login, a JSON body. */
    private Reply put(String path, String user, Object body) throws Exception {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        String credentials = user.contains(":") ? user : th.tidtam.support.TestLogins.credentials(user, "demo");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:"
                + environment.getRequiredProperty("local.server.port") + path))
                .header("Content-Type", "application/json").header("Accept-Language", "th")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode parsed = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        return new Reply(response.statusCode(), parsed);
    }
}
