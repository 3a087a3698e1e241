package th.tidtam.matters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/**
 * Unowned matters over the API with the demo's chain of command: a complaint triaged to a unit that declines with a
 * reason, given to others, accepted, worked with progress and an extension, reviewed and closed; a split and a kept
 * matter; bad input and double clicks refused with nothing changed; the complainant's details seen only on the route
 * and every such view in the audit trail.
 */
@IntegrationTest
class MatterApiTest {

    static final String VALID_ID = "1103700012346";

    @Autowired
    ApiClient api;
    @Autowired
    OrgDirectory org;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void declinedComplaintGoesBackToTriageAndTheNextUnitWorksItToClosure() {
        long id = registerComplaint("director.damrongdhama");
        LocalDate due = calendar.addWorkingDays(calendar.today(), 10);
        complete("head", task("head", id, "triageMatter"), Map.of("outcome", "ASSIGN", "unitId", unit("agency.health"), "dueDate", due));

        String accept = task("agency.health", id, "acceptMatter");
        assertThat(refusal(complete("agency.health", accept, Map.of("outcome", "DECLINE")))).isEqualTo("matters.error.reason-missing");
        assertThat(complete("agency.health", accept, Map.of("outcome", "DECLINE", "reason", "ไม่อยู่ในอำนาจหน้าที่ของสาธารณสุข")).status()).isEqualTo(204);
        assertThat(api.get("/api/matters/unowned", "head").body().findValues("id")).extracting(JsonNode::asLong).contains(id);

        String reassign = task("head", id, "reassignMatter");
        assertThat(reassign).isNotNull();
        assertThat(refusal(complete("head", reassign, Map.of("outcome", "ASSIGN", "unitId", unit("agency.health"), "dueDate", due))))
                .isEqualTo("matters.error.same-unit-again");
        complete("head", reassign, Map.of("outcome", "ASSIGN", "unitId", unit("agency.industry"), "dueDate", due));
        complete("agency.industry", task("agency.industry", id, "acceptMatter"), Map.of("outcome", "DECLINE", "reason", "เป็นเรื่องสิ่งแวดล้อม"));
        // back to health, which declined once already: it may not decline again
        complete("head", task("head", id, "reassignMatter"), Map.of("outcome", "ASSIGN", "unitId", unit("agency.health"), "dueDate", due));
        String again = task("agency.health", id, "acceptMatter");
        assertThat(refusal(complete("agency.health", again, Map.of("outcome", "DECLINE", "reason", "อีกครั้ง")))).isEqualTo("matters.error.declined-before");
        assertThat(complete("agency.health", again, Map.of("outcome", "ACCEPT")).status()).isEqualTo(204);

        JsonNode matter = details("agency.health", id);
        long part = matter.get("parts").get(0).get("id").asLong();
        assertThat(matter.get("declines")).hasSize(2);
        ApiClient.Response progress = api.post("/api/matters/" + id + "/parts/" + part + "/progress", "agency.health",
                Map.of("percent", 40, "status", "AT_RISK", "text", "ลงพื้นที่ตรวจสอบแล้ว 😀"));
        assertThat(progress.status()).as(progress.raw()).isEqualTo(200);
        assertThat(progress.body().get("parts").get(0).get("percent").asInt()).isEqualTo(40);
        assertThat(refusal(api.post("/api/matters/" + id + "/parts/" + part + "/progress", "agency.industry",
                Map.of("percent", 50, "text", "x")))).isNull();

        LocalDate later = calendar.addWorkingDays(due, 5);
        assertThat(api.post("/api/matters/" + id + "/parts/" + part + "/extension", "agency.health",
                Map.of("to", later, "reason", "รอผลตรวจคุณภาพน้ำ")).status()).isEqualTo(200);
        assertThat(refusal(api.post("/api/matters/" + id + "/parts/" + part + "/extension", "agency.health",
                Map.of("to", later, "reason", "ซ้ำ")))).isEqualTo("matters.error.extension-pending");
        complete("head", task("head", id, "decideMatterExtension"), Map.of("outcome", "APPROVE"));
        assertThat(details("head", id).get("parts").get(0).get("dueDate").asText()).isEqualTo(later.toString());

        complete("agency.health", task("agency.health", id, "workOnMatter"), Map.of("outcome", "FINAL", "text", "แก้ไขแล้ว"));
        assertThat(refusal(complete("head", task("head", id, "reviewMatterResult"), Map.of("outcome", "RETURN"))))
                .isEqualTo("matters.error.return-note-missing");
        complete("head", task("head", id, "reviewMatterResult"), Map.of("outcome", "RETURN", "note", "ขอภาพถ่ายประกอบ"));
        complete("agency.health", task("agency.health", id, "workOnMatter"), Map.of("outcome", "FINAL", "text", "แนบภาพถ่ายแล้ว"));
        complete("head", task("head", id, "reviewMatterResult"), Map.of("outcome", "ACCEPT"));

        assertThat(details("head", id).get("status").asText()).isEqualTo("CLOSED");
        List<String> kinds = api.get("/api/matters/" + id + "/timeline", "head").body().findValues("kind").stream().map(JsonNode::asText).toList();
        assertThat(kinds).containsSubsequence("REGISTERED", "ASSIGNED", "DECLINED", "REASSIGNED", "DECLINED", "REASSIGNED",
                "ACCEPTED", "PROGRESS", "EXTENSION_REQUESTED", "EXTENSION_APPROVED", "FINAL_REPORT", "RETURNED", "FINAL_REPORT",
                "PART_DONE", "CLOSED");
        assertThat(api.get("/api/matters/unowned", "head").body().findValues("id")).extracting(JsonNode::asLong).doesNotContain(id);
    }

    @Test
    void splitGivesEachUnitItsShareAndKeepGoesStraightToTheOfficeGroup() {
        LocalDate due = calendar.addWorkingDays(calendar.today(), 15);
        long split = register("head", Map.of("subject", "ขยะตกค้างริมคลองท่าไข่", "description", "ไม่มีหน่วยงานเจ้าของพื้นที่ชัดเจน",
                "source", "MEETING", "sourceRef", "ประชุมหัวหน้าส่วนราชการ ครั้งที่ 11/2569"));
        complete("head", task("head", split, "triageMatter"), Map.of("outcome", "SPLIT", "shares", List.of(
                Map.of("unitId", unit("agency.environment"), "text", "สำรวจและกำจัดขยะ", "dueDate", due),
                Map.of("unitId", unit("agency.localadmin"), "text", "ประสาน อปท. ในพื้นที่", "dueDate", due))));
        assertThat(details("head", split).get("parts")).hasSize(2);
        assertThat(task("agency.environment", split, "acceptMatter")).isNotNull();
        assertThat(task("agency.localadmin", split, "acceptMatter")).isNotNull();

        long kept = register("head", Map.of("subject", "จัดทำฐานข้อมูลผู้ประกอบการ", "description", "ไม่มีส่วนราชการรับผิดชอบ",
                "source", "MINISTRY_ORDER"));
        complete("head", task("head", kept, "triageMatter"), Map.of("outcome", "KEEP", "unitId", unit("director.strategy"), "dueDate", due));
        assertThat(task("director.strategy", kept, "workOnMatter")).isNotNull();
        assertThat(details("head", kept).get("parts").get(0).get("kept").asBoolean()).isTrue();
    }

    @Test
    void badTriageAndBadRegistrationAreRefusedWithNothingChanged() {
        long id = registerComplaint("director.damrongdhama");
        String triage = task("head", id, "triageMatter");
        LocalDate due = calendar.addWorkingDays(calendar.today(), 5);
        assertThat(refusal(complete("head", triage, Map.of("outcome", "ASSIGN", "unitId", 999_999, "dueDate", due))))
                .isEqualTo("matters.error.unit-gone");
        assertThat(refusal(complete("head", triage, Map.of("outcome", "ASSIGN", "unitId", unit("agency.health"),
                "dueDate", calendar.today().minusDays(3))))).isEqualTo("matters.error.due-in-past");
        assertThat(refusal(complete("head", triage, Map.of("outcome", "KEEP", "unitId", unit("agency.health"), "dueDate", due))))
                .isEqualTo("matters.error.not-office-group");
        assertThat(details("head", id).get("parts")).isEmpty();
        assertThat(details("head", id).get("status").asText()).isEqualTo("TRIAGE");

        // a double click: the second finds the task done and nothing more happens
        assertThat(complete("head", triage, Map.of("outcome", "ASSIGN", "unitId", unit("agency.health"), "dueDate", due)).status()).isEqualTo(204);
        assertThat(complete("head", triage, Map.of("outcome", "ASSIGN", "unitId", unit("agency.labour"), "dueDate", due)).status()).isIn(400, 404);
        assertThat(details("head", id).get("parts")).hasSize(1);

        Map<String, Object> badId = complaint();
        badId.put("complainant", Map.of("fullName", "นายสมศักดิ์ ใจดี", "nationalId", "1103700012345"));
        long before = count();
        assertThat(refusal(api.post("/api/matters", "director.damrongdhama", badId))).isEqualTo("matters.error.national-id");
        Map<String, Object> noSubject = complaint();
        noSubject.put("subject", "  ");
        assertThat(refusal(api.post("/api/matters", "director.damrongdhama", noSubject))).isEqualTo("matters.error.subject-missing");
        assertThat(api.post("/api/matters", "agency.health", complaint()).status()).isEqualTo(403);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void complainantIsSeenOnlyOnTheRouteAndEveryViewIsAudited() {
        long id = registerComplaint("director.damrongdhama");
        int audited = views(id);
        JsonNode onRoute = details("head", id);
        assertThat(onRoute.get("complainant").get("nationalId").asText()).isEqualTo(VALID_ID);
        assertThat(views(id)).isEqualTo(audited + 1);

        JsonNode offRoute = details("vicegovernor2", id);
        assertThat(offRoute.get("subject").asText()).isNotBlank();
        assertThat(offRoute.get("complainant").isNull()).isTrue();
        assertThat(offRoute.get("complainantHidden").asBoolean()).isTrue();
        assertThat(api.get("/api/matters/" + id, "vicegovernor2").raw()).doesNotContain(VALID_ID).doesNotContain("สมศักดิ์");
        assertThat(views(id)).isEqualTo(audited + 1);
        assertThat(api.get("/api/matters/" + id, "agency.police").status()).isEqualTo(404);

        // a holder joins the route when the head of office gives it the matter
        complete("head", task("head", id, "triageMatter"), Map.of("outcome", "ASSIGN", "unitId", unit("agency.police"),
                "dueDate", calendar.addWorkingDays(calendar.today(), 5)));
        assertThat(details("agency.police", id).get("complainant").get("fullName").asText()).isEqualTo("นายสมศักดิ์ ใจดี");
        assertThat(views(id)).isEqualTo(audited + 2);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private Map<String, Object> complaint() {
        Map<String, Object> body = new HashMap<>();
        body.put("subject", "ร้องเรียนกลิ่นเหม็นจากโรงงานในตำบลบางพระ");
        body.put("description", "ชาวบ้านร้องเรียนผ่านศูนย์ดำรงธรรม ไม่มีหน่วยงานรับผิดชอบโดยตรง");
        body.put("source", "COMPLAINT");
        body.put("sourceRef", "ศูนย์ดำรงธรรม เลขรับ 245/2569");
        body.put("urgency", "URGENT");
        body.put("complainant", Map.of("fullName", "นายสมศักดิ์ ใจดี", "nationalId", VALID_ID, "address",
                "12 หมู่ 3 ต.บางพระ อ.เมืองฉะเชิงเทรา", "phone", "081-234-5678", "email", "somsak@example.com"));
        return body;
    }

    private long registerComplaint(String user) {
        return register(user, complaint());
    }

    private long register(String user, Map<String, Object> body) {
        ApiClient.Response r = api.post("/api/matters", user, body);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    private JsonNode details(String user, long id) {
        ApiClient.Response r = api.get("/api/matters/" + id, user);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body();
    }

    private String task(String user, long matterId, String kind) {
        for (JsonNode t : api.get("/api/tasks?limit=500", user).body()) {
            if (t.path("matterId").asLong() == matterId && t.get("taskDefinitionKey").asText().equals(kind)) {
                return t.get("taskId").asText();
            }
        }
        return null;
    }

    private ApiClient.Response complete(String user, String taskId, Map<String, Object> body) {
        assertThat(taskId).as("task of " + user).isNotNull();
        return api.post("/api/tasks/" + taskId + "/complete", user, body);
    }

    private static String refusal(ApiClient.Response r) {
        return r.status() == 400 ? r.body().get("code").asText() : null;
    }

    private long unit(String login) {
        Long person = org.person(login).orElseThrow().id();
        CurrentPosition p = org.positionsFilled(person).get(0);
        return p.unitId();
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from matter", Long.class);
    }

    private int views(long id) {
        return jdbc.queryForObject("select count(*) from audit_log where action = 'VIEW' and object_type = 'MATTER' and object_id = ?",
                Integer.class, String.valueOf(id));
    }
}
