package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.security.HostileInputFuzzTest.Target;
import th.tidtam.support.ApiClient;

/**
 * The memo module's state-changing handlers for the fuzzer: one memo per action in the state the action needs, so that
 * an accepted variation of one action does not leave the next nothing to refuse.
 */
final class MemoFuzzTargets {

    private static final String DRAFT = """
            {"agency":"สำนักงานจังหวัดฉะเชิงเทรา กลุ่มงานอำนวยการ","referenceNo":"ฉช 0017.1/123","subject":"ขออนุมัติจัดงาน","salutation":"ผู้ว่าราชการจังหวัดฉะเชิงเทรา","body":"ด้วย…\\nจึงเรียนมาเพื่อโปรดพิจารณา","purpose":"CONSIDERATION","matter":"GENERAL","urgency":"NORMAL","secrecy":"NONE"}""";

    private final ApiClient api;
    private final OrgDirectory org;

    MemoFuzzTargets(ApiClient api, OrgDirectory org) {
        this.api = api;
        this.org = org;
    }

    Map<String, Target> targets() {
        long edit = draft("staff");
        long submit = draft("staff");
        long withdraw = draft("staff");
        long present = sent("staff");
        long returned = sent("staff");
        long decide = sent("head"); // the head's memo waits at vice governor 1, who decides on the governor's behalf
        Map<String, Target> t = new LinkedHashMap<>();
        t.put("POST /api/memos", new Target("staff", "/api/memos", DRAFT));
        t.put("PUT /api/memos/{id}", new Target("staff", "/api/memos/" + edit, DRAFT));
        t.put("POST /api/memos/{id}/submit", new Target("staff", "/api/memos/" + submit + "/submit", "{\"note\":\"เสนอ\"}"));
        t.put("POST /api/memos/{id}/withdraw", new Target("staff", "/api/memos/" + withdraw + "/withdraw", "{\"note\":\"ถอน\"}"));
        t.put("POST /api/memos/{id}/present", new Target("director.admin", "/api/memos/" + present + "/present",
                "{\"purpose\":\"CONSIDERATION\",\"note\":\"เห็นควรเสนอ\"}"));
        t.put("POST /api/memos/{id}/return", new Target("director.admin", "/api/memos/" + returned + "/return",
                "{\"note\":\"แก้ไขตัวเลข\"}"));
        t.put("POST /api/memos/{id}/decide", new Target("vicegovernor1", "/api/memos/" + decide + "/decide",
                "{\"decision\":\"ACKNOWLEDGE\",\"note\":\"ทราบ\"}"));
        return t;
    }

    private long draft(String user) {
        ApiClient.Response r = api.post("/api/memos", user, DRAFT);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    private long sent(String user) {
        long id = draft(user);
        ApiClient.Response r = api.post("/api/memos/" + id + "/submit", user, "{}");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return id;
    }
}
