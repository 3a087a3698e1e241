package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;

/** The discussion's placeholders for the authorisation matrix (its block in authorisation-matrix.txt, issue 15). */
final class DiscussionMatrixIds {

    private DiscussionMatrixIds() {
    }

    /** {comment}: director.admin's comment on the fixture's {directive} (which must be in {@code ids} already). */
    static void put(Map<String, String> ids, ApiClient api, OrgDirectory org) {
        ApiClient.Response posted = api.post("/api/cases/DIRECTIVE/" + ids.get("directive") + "/comments", "director.admin",
                Map.of("body", "ความเห็นสำหรับตารางสิทธิ์", "clientKey", UUID.randomUUID().toString()));
        assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
        ids.put("comment", posted.body().get("id").asText());
    }
}
