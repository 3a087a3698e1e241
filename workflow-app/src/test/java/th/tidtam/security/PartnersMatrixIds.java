package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;

/** The partners module's placeholders for the authorisation matrix (its block in authorisation-matrix.txt, issue 14). */
final class PartnersMatrixIds {

    private PartnersMatrixIds() {
    }

    /** {partner}: a company the secretariat added. */
    static void put(Map<String, String> ids, ApiClient api, OrgDirectory org) {
        ApiClient.Response created = api.post("/api/partners", "secretary", company("MX"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        ids.put("partner", created.body().get("id").asText());
    }

    /** A private company's body with a fresh name. */
    static Map<String, Object> company(String prefix) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return Map.of("kind", "PRIVATE_COMPANY", "nameTh", "บริษัท ทดสอบสิทธิ์ " + code + " จำกัด", "contactName", "นายทดสอบ สิทธิ์",
                "email", "contact@example.com", "phone", "038-511-005");
    }
}
