package th.tidtam.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.security.HostileInputFuzzTest.Target;
import th.tidtam.support.ApiClient;

/**
 * The coordination module's handlers for the fuzzer (coordination requests, issue 14): the head of office drafts,
 * sends, withdraws a draft and closes a sent request; a new link for an agency party does not exist (404).
 */
final class CoordinationFuzzTargets {

    /** The module's tables, whose row counts the fuzzer checks are unchanged by refused requests. */
    static final List<String> TABLES = List.of("coordination_request", "coordination_party", "coordination_file");

    private final ApiClient api;
    private final OrgDirectory org;

    CoordinationFuzzTargets(ApiClient api, OrgDirectory org) {
        this.api = api;
        this.org = org;
    }

    Map<String, Target> targets() {
        long draft = CoordinationMatrixIds.draft(api, org, "FZ");
        long toSend = CoordinationMatrixIds.draft(api, org, "FZ");
        long sent = CoordinationMatrixIds.sent(api, org, "FZ");
        long party = api.get("/api/coordination/" + sent, "head").body().get("parties").get(0).get("id").asLong();
        long unit = org.positionByCode("AG-01-HEAD").orElseThrow().unitId();
        String due = CoordinationMatrixIds.workingDayAhead(14).toString();
        Map<String, Target> t = new LinkedHashMap<>();
        t.put("POST /api/coordination", new Target("head", "/api/coordination", """
                {"subject":"ขอข้อมูล","askKind":"OPINION","body":"รายละเอียด","dueDate":"%s","urgency":"NORMAL","secrecy":"NONE","contact":"โทร 038-511-234","unitIds":[%d],"partnerIds":[]}"""
                .formatted(due, unit)));
        t.put("POST /api/coordination/{id}/send", new Target("head", "/api/coordination/" + toSend + "/send", "{}"));
        t.put("POST /api/coordination/{id}/withdraw", new Target("head", "/api/coordination/" + draft + "/withdraw",
                "{\"reason\":\"ถอนเรื่อง\"}"));
        t.put("POST /api/coordination/{id}/close", new Target("head", "/api/coordination/" + sent + "/close",
                "{\"result\":\"สรุปผล\"}"));
        t.put("POST /api/coordination/{id}/parties/{partyId}/link", new Target("head", "/api/coordination/" + sent
                + "/parties/" + party + "/link", "{}"));
        return t;
    }
}
