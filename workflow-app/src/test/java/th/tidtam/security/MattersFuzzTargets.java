package th.tidtam.security;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.security.HostileInputFuzzTest.Target;
import th.tidtam.support.ApiClient;

/**
 * The matters module's handlers for the fuzzer (unowned matters, issue 14): registering a complaint (with a
 * complainant) as the Damrongdhama centre, the list with its parameters, one matter and its timeline, and progress and
 * extension requests on a part the Strategy Group works.
 */
final class MattersFuzzTargets {

    /** The module's tables, whose row counts the fuzzer checks are unchanged by refused requests. */
    static final List<String> TABLES = List.of("matter", "matter_part", "matter_decline", "matter_progress", "matter_complainant");

    private final ApiClient api;
    private final OrgDirectory org;

    MattersFuzzTargets(ApiClient api, OrgDirectory org) {
        this.api = api;
        this.org = org;
    }

    Map<String, Target> targets() {
        long matter = MattersMatrixIds.keptMatter(api, org, "GRP-STRATEGY", "ฟัซ");
        long part = api.get("/api/matters/" + matter, "head").body().get("parts").get(0).get("id").asLong();
        Map<String, Target> t = new LinkedHashMap<>();
        t.put("POST /api/matters", new Target("director.damrongdhama", "/api/matters", """
                {"subject":"ร้องเรียนเสียงดัง","description":"รายละเอียด","source":"COMPLAINT","sourceRef":"ดธ. 1/2569","urgency":"NORMAL","secrecy":"NONE","complainant":{"fullName":"นางสาวทดสอบ ใจดี","nationalId":"1103700012346","address":"ฉะเชิงเทรา","phone":"081-234-5678","email":"a@example.com"}}"""));
        t.put("GET /api/matters", new Target("head", "/api/matters?status=TRIAGE&q=x&offset=0&limit=5", null));
        t.put("GET /api/matters/{id}", new Target("head", "/api/matters/" + matter, null));
        t.put("GET /api/matters/{id}/timeline", new Target("head", "/api/matters/" + matter + "/timeline", null));
        t.put("POST /api/matters/{id}/parts/{partId}/progress", new Target("director.strategy",
                "/api/matters/" + matter + "/parts/" + part + "/progress", """
                {"percent":30,"status":"ON_TRACK","text":"ดำเนินการแล้ว"}"""));
        t.put("POST /api/matters/{id}/parts/{partId}/extension", new Target("director.strategy",
                "/api/matters/" + matter + "/parts/" + part + "/extension", """
                {"to":"%s","reason":"รอข้อมูล"}""".formatted(MattersMatrixIds.weekday(LocalDate.now().plusDays(120)))));
        return t;
    }
}
