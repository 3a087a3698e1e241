package th.tidtam.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/**
 * Saved filters of "My work" belong to one person: saved, listed and deleted by them only, within limits, and every
 * refusal leaves the list as it was.
 */
@IntegrationTest
class SavedInboxFiltersApiTest {

    private static final String PATH = "/api/tasks/filters";

    @Autowired
    ApiClient api;

    private static Map<String, Object> filter(String name, List<String> urgencies, boolean overdue, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("urgencies", urgencies);
        body.put("overdueOnly", overdue);
        body.put("text", text);
        return body;
    }

    private List<String> names(String user) {
        List<String> names = new ArrayList<>();
        api.get(PATH, user).body().forEach(f -> names.add(f.get("name").asText()));
        return names;
    }

    private void deleteAll(String user) {
        for (JsonNode f : api.get(PATH, user).body()) {
            assertThat(api.delete(PATH + "/" + f.get("id").asLong(), user).status()).isEqualTo(204);
        }
    }

    @Test
    void aSavedFilterComesBackAsSavedIsInvisibleToOthersAndOnlyItsOwnerDeletesIt() {
        deleteAll("staff");
        ApiClient.Response saved = api.post(PATH, "staff",
                filter("  งานด่วน 🔥 ", List.of("URGENT", "MOST_URGENT"), true, "ไข้เลือดออก"));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(201);
        long id = saved.body().get("id").asLong();
        assertThat(saved.body().get("name").asText()).isEqualTo("งานด่วน 🔥");

        JsonNode listed = api.get(PATH, "staff").body();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(listed.get(0).get("urgencies").findValuesAsText("")).isEmpty();
        assertThat(listed.get(0).get("urgencies").toString()).contains("URGENT", "MOST_URGENT");
        assertThat(listed.get(0).get("overdueOnly").asBoolean()).isTrue();
        assertThat(listed.get(0).get("text").asText()).isEqualTo("ไข้เลือดออก");

        assertThat(names("head")).doesNotContain("งานด่วน 🔥");
        assertThat(api.delete(PATH + "/" + id, "head").status()).as("someone else's filter is not found").isEqualTo(404);
        assertThat(names("staff")).containsExactly("งานด่วน 🔥");
        assertThat(api.delete(PATH + "/" + id, null).status()).as("anonymous: refused before any lookup").isIn(401, 403);
        assertThat(names("staff")).containsExactly("งานด่วน 🔥");

        assertThat(api.delete(PATH + "/" + id, "staff").status()).isEqualTo(204);
        assertThat(names("staff")).isEmpty();
        assertThat(api.delete(PATH + "/" + id, "staff").status()).as("deleting twice").isEqualTo(404);
    }

    @Test
    void namesAreRequiredShortPrintableAndUniqueAndNobodyKeepsMoreThanTwenty() {
        String user = "director.ict";
        deleteAll(user);
        assertThat(api.post(PATH, user, filter("ด่วน", List.of(), false, null)).status()).isEqualTo(201);

        assertRefused(user, filter("   ", List.of(), false, null), "work.filter.error.name-required");
        assertRefused(user, filter(null, List.of(), false, null), "work.filter.error.name-required");
        assertRefused(user, filter("ก".repeat(101), List.of(), false, null), "work.filter.error.name-too-long");
        assertRefused(user, filter("งาน\u0007ด่วน", List.of(), false, null), "work.filter.error.name-control-characters");
        assertRefused(user, filter("สอง\nบรรทัด", List.of(), false, null), "work.filter.error.name-control-characters");
        assertRefused(user, filter(" ด่วน ", List.of(), true, null), "work.filter.error.name-taken");
        assertRefused(user, filter("ค้นหายาว", List.of(), false, "x".repeat(201)), "work.filter.error.text-too-long");
        assertThat(api.post(PATH, user, filter("x", List.of("NOT_AN_URGENCY"), false, null)).status()).isEqualTo(400);
        assertThat(names(user)).containsExactly("ด่วน");

        assertThat(api.post(PATH, user, filter("ก".repeat(100), List.of(), false, null)).status()).isEqualTo(201);
        assertThat(api.post(PATH, user, filter("🔥", List.of(), false, null)).status())
                .as("emoji names are told apart").isEqualTo(201);
        assertThat(api.post(PATH, user, filter("💧", List.of(), false, null)).status()).isEqualTo(201);
        assertThat(api.post(PATH, user, filter("Urgent", List.of(), false, null)).status()).isEqualTo(201);
        assertRefused(user, filter("urgent", List.of(), false, null), "work.filter.error.name-taken");
        for (int i = names(user).size(); i < 20; i++) {
            assertThat(api.post(PATH, user, filter("ตัวกรอง " + i, List.of("NORMAL"), false, "เลข " + i)).status())
                    .isEqualTo(201);
        }
        assertThat(names(user)).hasSize(20);
        assertRefused(user, filter("เกินจำนวน", List.of(), false, null), "work.filter.error.too-many");
        assertThat(names(user)).hasSize(20).doesNotContain("เกินจำนวน");
        deleteAll(user);
    }

    private void assertRefused(String user, Map<String, Object> body, String code) {
        List<String> before = names(user);
        ApiClient.Response r = api.post(PATH, user, body);
        assertThat(r.status()).as(r.raw()).isEqualTo(400);
        assertThat(r.body().get("code").asText()).isEqualTo(code);
        assertThat(r.body().get("message_th").asText()).doesNotContain("work.filter");
        assertThat(names(user)).as("a refusal changes nothing").isEqualTo(before);
    }
}
