package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;

/** The memo module's placeholders for the authorisation matrix (its block in authorisation-matrix.txt). */
final class MemoMatrixIds {

    private MemoMatrixIds() {
    }

    /** {memo}: staff's memo, sent up and waiting at the group director. */
    static void put(Map<String, String> ids, ApiClient api, OrgDirectory org) {
        ApiClient.Response drafted = api.post("/api/memos", "staff", Map.of("agency", "สำนักงานจังหวัดฉะเชิงเทรา",
                "subject", "บันทึกทดสอบสิทธิ์", "body", "ข้อความ", "matter", "GENERAL"));
        assertThat(drafted.status()).as(drafted.raw()).isEqualTo(201);
        long id = drafted.body().get("id").asLong();
        ApiClient.Response sent = api.post("/api/memos/" + id + "/submit", "staff", Map.of());
        assertThat(sent.status()).as(sent.raw()).isEqualTo(200);
        ids.put("memo", String.valueOf(id));
    }
}
