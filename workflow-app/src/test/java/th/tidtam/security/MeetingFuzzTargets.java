package th.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.security.HostileInputFuzzTest.Target;
import th.tidtam.support.ApiClient;

/**
 * The meeting module's handlers for the fuzzer: a committee of its own (so accepted variations never touch the demo's
 * monthly meeting, whose dates other tests read), meetings two years ahead, and one agenda item per item action, so that
 * an accepted variation of one action does not leave the next action nothing to refuse.
 */
final class MeetingFuzzTargets {

    private final ApiClient api;
    private final OrgDirectory org;
    private final WorkingCalendar calendar;

    MeetingFuzzTargets(ApiClient api, OrgDirectory org, WorkingCalendar calendar) {
        this.api = api;
        this.org = org;
        this.calendar = calendar;
    }

    Map<String, Target> targets() {
        long governor = position("GOVERNOR");
        String code = "FZ-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        ApiClient.Response created = api.post("/api/meetings/bodies", "secretary", Map.of("code", code, "nameTh",
                "คณะทดสอบข้อมูลร้าย " + code, "nameEn", "Fuzz committee " + code, "kind", "COMMITTEE", "chairPositionId", governor, "cutOffWorkingDays", 0));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        long body = created.body().get("id").asLong();
        api.post("/api/meetings/bodies/" + body + "/members", "secretary",
                Map.of("positionId", position("AG-12-HEAD"), "role", "MEMBER", "reportsEveryMeeting", true));
        LocalDate day = calendar.addWorkingDays(calendar.today(), 500);
        long meeting = schedule(body, day, 9);
        long cancelled = schedule(body, day.plusDays(1), 9);
        long moved = schedule(body, day.plusDays(2), 9);
        long other = schedule(body, day.plusDays(3), 9);
        long accept = item(meeting);
        long returned = item(meeting);
        long move = item(meeting);
        long withdraw = item(meeting);
        long minutes = item(meeting);

        String m = "/api/meetings/" + meeting;
        Map<String, Target> t = new LinkedHashMap<>();
        t.put("POST /api/meetings/bodies", new Target("secretary", "/api/meetings/bodies", """
                {"code":"FZB","nameTh":"คณะกรรมการ","nameEn":"Committee","kind":"COMMITTEE","chairPositionId":%d,"defaultRoom":"ห้อง ๑","cutOffWorkingDays":3}"""
                .formatted(governor)));
        t.put("PUT /api/meetings/bodies/{id}", new Target("secretary", "/api/meetings/bodies/" + body, """
                {"code":"%s","nameTh":"คณะทดสอบข้อมูลร้าย","nameEn":"Fuzz","kind":"COMMITTEE","chairPositionId":%d,"defaultRoom":"ห้อง ๒","cutOffWorkingDays":0,"active":true}"""
                .formatted(code, governor)));
        t.put("POST /api/meetings/bodies/{id}/members", new Target("secretary", "/api/meetings/bodies/" + body + "/members",
                "{\"positionId\":%d,\"role\":\"MEMBER\",\"reportsEveryMeeting\":false}".formatted(position("AG-01-HEAD"))));
        t.put("DELETE /api/meetings/bodies/{id}/members/{positionId}", new Target("secretary",
                "/api/meetings/bodies/" + body + "/members/987654321", null));
        t.put("POST /api/meetings", new Target("secretary", "/api/meetings",
                "{\"bodyId\":%d,\"startsAt\":\"%s\",\"room\":\"ห้องประชุม\"}".formatted(body, at(day.plusDays(5), 13))));
        t.put("POST /api/meetings/{id}/cancel", new Target("secretary", "/api/meetings/" + cancelled + "/cancel",
                "{\"reason\":\"ติดภารกิจ\"}"));
        t.put("POST /api/meetings/{id}/reschedule", new Target("secretary", "/api/meetings/" + moved + "/reschedule",
                "{\"startsAt\":\"%s\",\"reason\":\"เลื่อน\"}".formatted(at(day.plusDays(2), 14))));
        t.put("POST /api/meetings/{id}/items", new Target("agency.health", m + "/items",
                "{\"section\":\"FOR_INFORMATION\",\"title\":\"เรื่องเพื่อทราบ\",\"summary\":\"สรุป\",\"secrecy\":\"NONE\",\"lateOverride\":false}"));
        t.put("POST /api/meetings/items/{itemId}/accept", new Target("secretary", "/api/meetings/items/" + accept + "/accept", null));
        t.put("POST /api/meetings/items/{itemId}/return", new Target("secretary", "/api/meetings/items/" + returned + "/return",
                "{\"reason\":\"ขอข้อมูลเพิ่ม\"}"));
        t.put("POST /api/meetings/items/{itemId}/move", new Target("secretary", "/api/meetings/items/" + move + "/move",
                "{\"toMeetingId\":" + other + "}"));
        t.put("POST /api/meetings/items/{itemId}/withdraw", new Target("agency.health", "/api/meetings/items/" + withdraw + "/withdraw", null));
        t.put("POST /api/meetings/{id}/agenda/send-for-approval", new Target("secretary", m + "/agenda/send-for-approval", null));
        t.put("POST /api/meetings/{id}/agenda/approval", new Target("governor", m + "/agenda/approval",
                "{\"outcome\":\"RETURN\",\"note\":\"แก้ไข\"}"));
        t.put("POST /api/meetings/{id}/agenda/publish", new Target("secretary", m + "/agenda/publish", "{\"changeNote\":\"แก้ไขวาระ\"}"));
        t.put("POST /api/meetings/{id}/attendance", new Target("secretary", m + "/attendance",
                "[{\"positionId\":%d,\"status\":\"REPRESENTED\",\"representativeName\":\"นายผู้แทน\",\"representativeTitle\":\"รองหัวหน้า\"}]"
                        .formatted(position("AG-12-HEAD"))));
        t.put("POST /api/meetings/items/{itemId}/minutes", new Target("secretary", "/api/meetings/items/" + minutes + "/minutes",
                "{\"reported\":\"รายงาน\",\"resolution\":\"รับทราบ\"}"));
        t.put("POST /api/meetings/{id}/minutes/submit", new Target("secretary", m + "/minutes/submit", null));
        t.put("POST /api/meetings/{id}/minutes/check", new Target("head", m + "/minutes/check", "{\"outcome\":\"RETURN\",\"note\":\"แก้\"}"));
        t.put("POST /api/meetings/{id}/minutes/adopt", new Target("secretary", m + "/minutes/adopt",
                "{\"atMeetingId\":" + other + ",\"corrections\":[]}"));
        t.put("POST /api/meetings/{id}/minutes/directives/issue", new Target("secretary", m + "/minutes/directives/issue",
                "[{\"agendaItem\":\"4.1\",\"subject\":\"เรื่อง\",\"text\":\"ข้อสั่งการ\",\"leadUnitId\":%d,\"dueDate\":\"%s\",\"urgency\":\"NORMAL\"}]"
                        .formatted(org.positionByCode("AG-12-HEAD").orElseThrow().unitId(), day.plusDays(30))));
        return t;
    }

    private long position(String code) {
        return org.positionByCode(code).orElseThrow().id();
    }

    private static String at(LocalDate day, int hour) {
        return LocalDateTime.of(day, LocalTime.of(hour, 0)).toString();
    }

    private long schedule(long body, LocalDate day, int hour) {
        ApiClient.Response r = api.post("/api/meetings", "secretary", Map.of("bodyId", body, "startsAt", at(day, hour)));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    private long item(long meeting) {
        ApiClient.Response r = api.post("/api/meetings/" + meeting + "/items", "agency.health",
                Map.of("section", "FOR_DECISION", "title", "เรื่องเพื่อพิจารณา " + UUID.randomUUID(), "summary", "สรุป"));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body().get("id").asLong();
    }
}
