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
 * The discussion's handlers for the fuzzer (comments on a case, issue 15): a directive to the health office with one
 * comment of its head's; new comments carry no client key (each accepted variation is a comment of its own, whose
 * text must come back exactly), edits name a version that is never current (409, nothing changed).
 */
final class DiscussionFuzzTargets {

    /** The discussion's tables, whose row counts the fuzzer checks are unchanged by refused requests. */
    static final List<String> TABLES = List.of("case_comment", "case_comment_revision", "case_comment_mention",
            "case_comment_attachment");

    private final ApiClient api;
    private final OrgDirectory org;

    DiscussionFuzzTargets(ApiClient api, OrgDirectory org) {
        this.api = api;
        this.org = org;
    }

    Map<String, Target> targets() {
        long unit = org.positionByCode("AG-12-HEAD").orElseThrow().unitId();
        long directive = api.issueScreened("ความเห็นฟัซ " + System.nanoTime(), unit, "NONE", 10);
        String comments = "/api/cases/DIRECTIVE/" + directive + "/comments";
        ApiClient.Response posted = api.post(comments, "agency.health",
                Map.of("body", "ความเห็นของสาธารณสุขจังหวัด", "clientKey", UUID.randomUUID().toString()));
        assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
        long comment = posted.body().get("id").asLong();
        Map<String, Target> t = new LinkedHashMap<>();
        t.put("GET /api/cases/{type}/{id}/comments", new Target("agency.health", comments + "?partId=&offset=0&limit=5", null));
        t.put("POST /api/cases/{type}/{id}/comments", new Target("agency.health", comments, """
                {"body":"ขอให้รายงานภายในวันศุกร์","partId":null,"mentions":[],"positionId":null}"""));
        t.put("PUT /api/cases/{type}/{id}/comments/{commentId}", new Target("agency.health", comments + "/" + comment,
                "{\"version\":999999,\"body\":\"แก้ไขข้อความ\"}"));
        t.put("GET /api/cases/{type}/{id}/comments/{commentId}/history", new Target("agency.health",
                comments + "/" + comment + "/history", null));
        t.put("POST /api/cases/{type}/{id}/comments/{commentId}/attachments", new Target("agency.health",
                comments + "/" + comment + "/attachments", null));
        t.put("GET /api/cases/{type}/{id}/mention-candidates", new Target("agency.health",
                "/api/cases/DIRECTIVE/" + directive + "/mention-candidates?q=x&limit=5", null));
        return t;
    }
}
