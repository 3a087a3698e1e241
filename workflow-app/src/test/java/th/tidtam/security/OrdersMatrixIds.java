package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;

/** The orders module's placeholders for the authorisation matrix (its block in authorisation-matrix.txt). */
final class OrdersMatrixIds {

    private OrdersMatrixIds() {
    }

    /** {order}: a committee order drafted by the head of office (a draft: not public yet). */
    static void put(Map<String, String> ids, ApiClient api, OrgDirectory org) {
        ApiClient.Response created = api.post("/api/orders", "head", committee(org, "MX"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        ids.put("order", created.body().get("id").asText());
    }

    /** A committee order's body, with a fresh code, effective in a month. */
    static Map<String, Object> committee(OrgDirectory org, String prefix) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        return Map.of("kind", "COMMITTEE", "subject", "แต่งตั้งคณะกรรมการ " + code, "reasons", "เพื่อให้การดำเนินงานเป็นไปด้วยความเรียบร้อย",
                "effectiveFrom", LocalDate.now().plusDays(30).toString(), "bodyCode", code, "bodyNameTh", "คณะกรรมการ " + code,
                "bodyNameEn", "Committee " + code, "chairPositionId", org.positionByCode("GOVERNOR").orElseThrow().id(),
                "members", List.of(Map.of("positionId", org.positionByCode("AG-01-HEAD").orElseThrow().id(), "role", "MEMBER")));
    }
}
