package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.security.HostileInputFuzzTest.Target;
import th.tidtam.support.ApiClient;

/**
 * The notify module's handlers for the fuzzer (e-mail, issue 15): the choices and the policy are sent as they already
 * stand (an accepted variation rewrites the same row), a retry goes to a held message (no server in the tests: 400),
 * and the outbox is read with every parameter.
 */
final class NotifyFuzzTargets {

    /** The module's tables, whose row counts the fuzzer checks are unchanged by refused requests. */
    static final java.util.List<String> TABLES = java.util.List.of("mail_outbox", "notification_preference",
            "notification_policy");

    private final ApiClient api;
    private final OrgDirectory org;

    NotifyFuzzTargets(ApiClient api, OrgDirectory org) {
        this.api = api;
        this.org = org;
    }

    Map<String, Target> targets() {
        JsonNode page = api.get("/api/admin/outbox?status=HELD&limit=1", "admin").body();
        assertThat(page.get("items").size()).as("a held message of the demo").isPositive();
        long held = page.get("items").get(0).get("id").asLong();
        Map<String, Target> t = new LinkedHashMap<>();
        t.put("GET /api/admin/outbox", new Target("admin", "/api/admin/outbox?status=HELD&kind=OTHER&q=x&offset=0&limit=5", null));
        t.put("GET /api/admin/outbox/{id}", new Target("admin", "/api/admin/outbox/" + held, null));
        t.put("POST /api/admin/outbox/{id}/retry", new Target("admin", "/api/admin/outbox/" + held + "/retry", "{}"));
        t.put("PUT /api/me/notifications", new Target("staff", "/api/me/notifications", """
                {"channels":{"NEW_WORK":"DIGEST"}}"""));
        t.put("PUT /api/admin/outbox/policy/{kind}", new Target("admin", "/api/admin/outbox/policy/OTHER", """
                {"allowed":["IMMEDIATE","DIGEST","NONE"],"defaultChannel":"DIGEST"}"""));
        return t;
    }
}
