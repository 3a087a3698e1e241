package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;

/** The coordination module's placeholders for the authorisation matrix (its block in authorisation-matrix.txt, issue 14). */
final class CoordinationMatrixIds {

    private CoordinationMatrixIds() {
    }

    /** {coordination}: a request the head of office sent to one agency (AG-01). */
    static void put(Map<String, String> ids, ApiClient api, OrgDirectory org) {
        ids.put("coordination", String.valueOf(sent(api, org, "MX")));
    }

    /** A request drafted by the head of office to one agency, sent. */
    static long sent(ApiClient api, OrgDirectory org, String prefix) {
        long id = draft(api, org, prefix);
        ApiClient.Response sent = api.post("/api/coordination/" + id + "/send", "head", Map.of());
        assertThat(sent.status()).as(sent.raw()).isEqualTo(200);
        return id;
    }

    static long draft(ApiClient api, OrgDirectory org, String prefix) {
        ApiClient.Response created = api.post("/api/coordination", "head", body(org, prefix + " ขอข้อมูลประกอบการประชุม"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    static Map<String, Object> body(OrgDirectory org, String subject) {
        return Map.of("subject", subject, "askKind", "INFORMATION", "body", "ขอให้ส่งข้อมูลภายในกำหนด",
                "dueDate", workingDayAhead(14).toString(), "unitIds",
                List.of(org.positionByCode("AG-01-HEAD").orElseThrow().unitId()));
    }

    /** A weekday at least {@code days} ahead (the demo's holidays fall on fixed dates far from most of them). */
    static LocalDate workingDayAhead(int days) {
        LocalDate d = LocalDate.now().plusDays(days);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
