package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.security.HostileInputFuzzTest.Target;
import th.tidtam.support.ApiClient;

/**
 * The partners module's handlers for the fuzzer (the partners register, issue 14): a company the secretariat added,
 * changed, deactivated and activated as of a version that is never current (every accepted variation is then a 409
 * that changes nothing), and new companies with a fresh name each.
 */
final class PartnersFuzzTargets {

    /** The module's tables, whose row counts the fuzzer checks are unchanged by refused requests. */
    static final List<String> TABLES = List.of("partner", "case_link");

    private final ApiClient api;
    private final OrgDirectory org;

    PartnersFuzzTargets(ApiClient api, OrgDirectory org) {
        this.api = api;
        this.org = org;
    }

    Map<String, Target> targets() {
        ApiClient.Response created = api.post("/api/partners", "secretary", PartnersMatrixIds.company("FZ"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        long partner = created.body().get("id").asLong();
        String fresh = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Target> t = new LinkedHashMap<>();
        t.put("GET /api/partners", new Target("staff", "/api/partners?q=x&kind=OTHER&activeOnly=true&offset=0&limit=5", null));
        t.put("POST /api/partners", new Target("admin", "/api/partners", """
                {"kind":"ASSOCIATION","localKind":null,"nameTh":"สมาคมฟัซ %s","nameEn":"Fuzz Association","contactName":"นายฟัซ","contactTitle":"นายก","email":"fuzz@example.com","phone":"038-511-005","address":"ถนนมรุพงษ์","districtUnitId":null}"""
                .formatted(fresh)));
        t.put("PUT /api/partners/{id}", new Target("admin", "/api/partners/" + partner, """
                {"version":999999,"kind":"PRIVATE_COMPANY","nameTh":"บริษัท ฟัซ จำกัด","contactName":"นายฟัซ","email":"fuzz@example.com","phone":"038-511-005"}"""));
        t.put("POST /api/partners/{id}/deactivate", new Target("admin", "/api/partners/" + partner + "/deactivate",
                "{\"version\":999999}"));
        t.put("POST /api/partners/{id}/activate", new Target("admin", "/api/partners/" + partner + "/activate",
                "{\"version\":999999}"));
        return t;
    }
}
