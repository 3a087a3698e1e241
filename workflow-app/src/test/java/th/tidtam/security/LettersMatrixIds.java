package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;

/** The letters module's placeholders for the authorisation matrix (its block in authorisation-matrix.txt). */
final class LettersMatrixIds {

    private LettersMatrixIds() {
    }

    static void put(Map<String, String> ids, ApiClient api, OrgDirectory org) {
        long head = org.positionByCode("HEAD-OF-OFFICE").orElseThrow().id();
        ApiClient.Response letter = api.post("/api/letters", "staff", Map.of("senderNumber",
                "มท 0211.3/ว " + (10000 + Math.floorMod(UUID.randomUUID().hashCode(), 80000)), "senderDate",
                LocalDate.now().minusDays(2).toString(), "fromParty", "กระทรวงมหาดไทย", "toParty", "ผู้ว่าราชการจังหวัดฉะเชิงเทรา",
                "subject", "หนังสือสำหรับตารางสิทธิ์", "handlerPositionId", head));
        assertThat(letter.status()).as(letter.raw()).isEqualTo(201);
        ids.put("letter", letter.body().get("id").asText());
    }
}
