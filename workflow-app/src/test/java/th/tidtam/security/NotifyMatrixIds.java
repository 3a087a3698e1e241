package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;

/** The notify module's placeholders for the authorisation matrix (its block in authorisation-matrix.txt, issue 15). */
final class NotifyMatrixIds {

    private NotifyMatrixIds() {
    }

    /** {outboxMessage}: the newest message of the outbox (the demo's escalations write some). */
    static void put(Map<String, String> ids, ApiClient api, OrgDirectory org) {
        JsonNode page = api.get("/api/admin/outbox?limit=1", "admin").body();
        assertThat(page.get("items").size()).as("the demo wrote messages: " + page).isPositive();
        ids.put("outboxMessage", page.get("items").get(0).get("id").asText());
    }
}
