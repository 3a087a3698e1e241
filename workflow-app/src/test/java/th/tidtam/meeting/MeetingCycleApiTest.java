package th.tidtam.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.casework.alert.Alerts;
import th.tidtam.meeting.service.MeetingCase;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.process.EngineTime;
import th.tidtam.support.ApiClient;
import th.tidtam.support.EngineClockTravel;
import th.tidtam.support.IntegrationTest;

/**
 * One meeting from its schedule to its adopted minutes, over the API and on the engine's clock: the call for items,
 * the cut-off and the secretariat's override, accepting, returning and moving items, the chair's approval and the
 * published versions, attendance, minutes checked by the head of office, directives issued from the minutes, and
 * the next meeting adopting the minutes — with the refusals on the way.
 */
@IntegrationTest
class MeetingCycleApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    OrgDirectory org;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    EngineTime engineTime;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    Alerts alerts;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @AfterEach
    void clockBackToNow() {
        EngineClockTravel.backToNow();
    }

    private long position(String code) {
        return org.positionByCode(code).orElseThrow().id();
    }

    /** A committee chaired by the governor with the health office and the DOPA office reporting to every meeting. */
    private long committee() {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("nameTh", "คณะกรรมการทดสอบ 🙂 " + code);
        body.put("nameEn", "Test committee " + code);
        body.put("kind", "COMMITTEE");
        body.put("chairPositionId", position("GOVERNOR"));
        body.put("cutOffWorkingDays", 3);
        ApiClient.Response created = api.post("/api/meetings/bodies", "secretary", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        for (String member : List.of("AG-12-HEAD", "AG-01-HEAD")) {
            ApiClient.Response m = api.post("/api/meetings/bodies/" + id + "/members", "secretary",
                    Map.of("positionId", position(member), "role", "MEMBER", "reportsEveryMeeting", true));
            assertThat(m.status()).as(m.raw()).isEqualTo(200);
        }
        api.post("/api/meetings/bodies/" + id + "/members", "secretary",
                Map.of("positionId", position("GOVERNOR"), "role", "CHAIR", "reportsEveryMeeting", false));
        return id;
    }

    private JsonNode schedule(long bodyId, LocalDateTime startsAt) {
        ApiClient.Response r = api.post("/api/meetings", "secretary", Map.of("bodyId", bodyId, "startsAt", startsAt.toString()));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body();
    }

    private ApiClient.Response submit(String user, long meetingId, String section, String title, boolean override) {
        return api.post("/api/meetings/" + meetingId + "/items", user,
                Map.of("section", section, "title", title, "summary", "สรุปเรื่อง " + title, "lateOverride", override));
    }

    private static LocalDateTime at(LocalDate day, int hour) {
        return LocalDateTime.of(day, LocalTime.of(hour, 0));
    }

    private void runTimers(String processInstanceId) {
        // the job executor is off in tests; each timer that fires may create the next one
        while (engineTime.runDueTimers(processInstanceId) > 0) {
            // again
        }
    }

    private List<String> openTasks(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .map(t -> t.getTaskDefinitionKey()).toList();
    }

    private List<AlertKind> alertsOf(long meetingId, String positionCode) {
        long p = position(positionCode);
        return tx.execute(s -> alerts.ofCase(MeetingCase.of(meetingId)).stream().filter(a -> a.positionId() == p)
                .map(a -> a.kind()).toList());
    }

    @Test
    void aMeetingGoesFromItsScheduleToMinutesAdoptedAtTheNextMeetingWithItsDirectivesInFollowUp() {
        long body = committee();
        LocalDate day = calendar.addWorkingDays(calendar.today(), 15);
        JsonNode first = schedule(body, at(day, 9));
        long meetingId = first.get("id").asLong();
        String pid = first.get("processInstanceId").asText();
        assertThat(first.get("number").asText()).endsWith("/" + (day.getYear() + 543));
        assertThat(LocalDate.parse(first.get("cutOffDate").asText())).isBefore(day);
        long nextId = schedule(body, at(day.plusDays(28), 9)).get("id").asLong();
        // the call for items went to the members at once
        assertThat(alertsOf(meetingId, "AG-12-HEAD")).contains(AlertKind.REQUESTED);

        // one body never meets twice at once
        ApiClient.Response clash = api.post("/api/meetings", "secretary", Map.of("bodyId", body,
                "startsAt", at(day, 10).toString()));
        assertThat(clash.status()).isEqualTo(400);
        assertThat(clash.body().get("code").asText()).isEqualTo("meeting.error.overlap");

        // the health office submits two items for information before the cut-off; section 1 is the chair's
        long kept = submit("agency.health", meetingId, "FOR_INFORMATION", "สถานการณ์ไข้เลือดออก", false).body().get("id").asLong();
        long sentBack = submit("agency.health", meetingId, "FOR_DECISION", "ขออนุมัติโครงการ", false).body().get("id").asLong();
        ApiClient.Response wrongSection = submit("agency.health", meetingId, "CHAIR_ANNOUNCEMENTS", "ประกาศ", false);
        assertThat(wrongSection.body().get("code").asText()).isEqualTo("meeting.error.section-not-open");

        // after the cut-off: the agency is refused, the secretariat lets an item in with its override
        LocalDate cutOff = LocalDate.parse(first.get("cutOffDate").asText());
        EngineClockTravel.at(calendar.addWorkingDays(cutOff, 1));
        ApiClient.Response late = submit("agency.health", meetingId, "FOR_INFORMATION", "เรื่องช้า", false);
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.body().get("code").asText()).isEqualTo("meeting.error.after-cut-off");
        assertThat(submit("secretary", meetingId, "FOR_INFORMATION", "เรื่องช้า", false).body().get("code").asText())
                .isEqualTo("meeting.error.after-cut-off-override");
        JsonNode overridden = submit("secretary", meetingId, "FOR_INFORMATION", "เรื่องช้า", true).body();
        assertThat(overridden.get("lateOverride").asBoolean()).isTrue();

        // the reminder and the cut-off timers: only the DOPA office, which owes an item, is reminded
        runTimers(pid);
        assertThat(alertsOf(meetingId, "AG-01-HEAD")).contains(AlertKind.REMINDER);
        assertThat(alertsOf(meetingId, "AG-12-HEAD")).doesNotContain(AlertKind.REMINDER);
        assertThat(openTasks(pid)).containsExactly("prepareAgenda");

        assertThat(api.post("/api/meetings/items/" + kept + "/accept", "secretary", Map.of()).body().get("status").asText())
                .isEqualTo("ACCEPTED");
        JsonNode returned = api.post("/api/meetings/items/" + sentBack + "/return", "secretary",
                Map.of("reason", "ขอเอกสารประกอบเพิ่มเติม")).body();
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        assertThat(alertsOf(meetingId, "AG-12-HEAD")).contains(AlertKind.REPORT_RETURNED);
        JsonNode moved = api.post("/api/meetings/items/" + sentBack + "/move", "secretary", Map.of("toMeetingId", nextId)).body();
        assertThat(moved.get("meetingId").asLong()).isEqualTo(nextId);
        assertThat(moved.get("movedFromItemId").asLong()).isEqualTo(sentBack);

        // prepared by the secretariat, approved by the chair: version 1 is published to the members
        assertThat(api.post("/api/meetings/" + meetingId + "/agenda/send-for-approval", "secretary", Map.of()).status()).isEqualTo(200);
        assertThat(api.post("/api/meetings/" + meetingId + "/agenda/approval", "agency.health", Map.of("outcome", "APPROVE")).status())
                .isEqualTo(403);
        ApiClient.Response approved = api.post("/api/meetings/" + meetingId + "/agenda/approval", "governor", Map.of("outcome", "APPROVE"));
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        assertThat(approved.body().get("status").asText()).isEqualTo("AGENDA_PUBLISHED");
        assertThat(alertsOf(meetingId, "AG-01-HEAD")).contains(AlertKind.PUBLISHED);
        assertThat(openTasks(pid)).isEmpty();
        // a later change is a new version, with a note
        assertThat(api.post("/api/meetings/" + meetingId + "/agenda/publish", "secretary", Map.of()).body().get("code").asText())
                .isEqualTo("meeting.error.change-note-required");
        assertThat(api.post("/api/meetings/" + meetingId + "/agenda/publish", "secretary",
                Map.of("changeNote", "เพิ่มเรื่องเพื่อทราบ 4.3")).body().get("version").asInt()).isEqualTo(2);
        JsonNode versions = api.get("/api/meetings/" + meetingId + "/agenda/versions", "agency.health").body();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("snapshot").asText()).contains("สถานการณ์ไข้เลือดออก");
        // members see the published agenda
        assertThat(api.get("/api/meetings/" + meetingId + "/items", "agency.dopa").body()).extracting(i -> i.get("id").asLong())
                .contains(kept, overridden.get("id").asLong());

        // no attendance or minutes before the meeting
        ApiClient.Response early = api.post("/api/meetings/" + meetingId + "/attendance", "secretary",
                List.of(Map.of("positionId", position("AG-12-HEAD"), "status", "PRESENT")));
        assertThat(early.body().get("code").asText()).isEqualTo("meeting.error.not-held-yet");

        EngineClockTravel.at(day);
        runTimers(pid);
        assertThat(openTasks(pid)).containsExactly("recordMeeting");
        Map<String, Object> represented = new LinkedHashMap<>();
        represented.put("positionId", position("AG-01-HEAD"));
        represented.put("status", "REPRESENTED");
        represented.put("representativeName", "นายสมชาย ใจดี");
        represented.put("representativeTitle", "ปลัดจังหวัด");
        ApiClient.Response attendance = api.post("/api/meetings/" + meetingId + "/attendance", "secretary", List.of(
                Map.of("positionId", position("AG-12-HEAD"), "status", "PRESENT"), represented,
                Map.of("positionId", position("GOVERNOR"), "status", "PRESENT")));
        assertThat(attendance.status()).as(attendance.raw()).isEqualTo(200);
        assertThat(api.post("/api/meetings/items/" + kept + "/minutes", "secretary",
                Map.of("reported", "สสจ. รายงานผู้ป่วย 120 ราย", "resolution", "ที่ประชุมรับทราบ")).status()).isEqualTo(200);
        api.post("/api/meetings/" + meetingId + "/minutes/submit", "secretary", Map.of());
        assertThat(openTasks(pid)).containsExactly("checkMinutes");
        assertThat(api.post("/api/meetings/" + meetingId + "/minutes/check", "secretary", Map.of("outcome", "CHECKED")).status())
                .isEqualTo(403);
        api.post("/api/meetings/" + meetingId + "/minutes/check", "head", Map.of("outcome", "RETURN", "note", "แก้ไขมติวาระ 4.1"));
        assertThat(openTasks(pid)).containsExactly("recordMeeting");
        api.post("/api/meetings/" + meetingId + "/minutes/submit", "secretary", Map.of());
        JsonNode checked = api.post("/api/meetings/" + meetingId + "/minutes/check", "head", Map.of("outcome", "CHECKED")).body();
        assertThat(checked.get("minutesStatus").asText()).isEqualTo("CHECKED");

        // the minutes' directives in one step: a bad line refuses the whole batch and names the line
        long health = org.positionByCode("AG-12-HEAD").orElseThrow().unitId();
        String due = calendar.addWorkingDays(calendar.today(), 10).toString();
        Map<String, Object> good = new LinkedHashMap<>();
        good.put("agendaItem", "4.1");
        good.put("text", "ให้สำนักงานสาธารณสุขจังหวัดเร่งควบคุมโรคไข้เลือดออกและรายงานผลทุกสัปดาห์");
        good.put("leadUnitId", health);
        good.put("dueDate", due);
        good.put("cadence", "WEEKLY");
        Map<String, Object> bad = new LinkedHashMap<>(good);
        bad.put("agendaItem", "4.2");
        bad.put("leadUnitId", 987654321L);
        ApiClient.Response refused = api.post("/api/meetings/" + meetingId + "/minutes/directives/issue", "secretary", List.of(good, bad));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("code").asText()).isEqualTo("meeting.error.draft-unit-unknown");
        assertThat(refused.body().get("message_en").asText()).contains("Directive 2", "4.2");
        assertThat(api.get("/api/meetings/" + meetingId + "/minutes/directives", "secretary").body()).isEmpty();

        ApiClient.Response issued = api.post("/api/meetings/" + meetingId + "/minutes/directives/issue", "secretary", List.of(good));
        assertThat(issued.status()).as(issued.raw()).isEqualTo(200);
        long directiveId = issued.body().get(0).get("id").asLong();
        ApiClient.Response again = api.post("/api/meetings/" + meetingId + "/minutes/directives/issue", "secretary", List.of(good));
        assertThat(again.body().get(0).get("id").asLong()).as("a second confirm issues nothing more").isEqualTo(directiveId);
        assertThat(api.get("/api/meetings/" + meetingId + "/minutes/directives", "secretary").body()).hasSize(1);
        JsonNode directive = api.get("/api/directives/" + directiveId, "governor").body();
        assertThat(directive.get("sourceKind").asText()).isEqualTo("MEETING");
        assertThat(directive.get("meetingNumber").asText()).isEqualTo(first.get("number").asText());
        assertThat(directive.get("agendaItem").asText()).isEqualTo("4.1");

        // adopted under item 2 of the next meeting, once that meeting has started, with a correction
        ApiClient.Response tooEarly = api.post("/api/meetings/" + meetingId + "/minutes/adopt", "secretary",
                Map.of("atMeetingId", nextId));
        assertThat(tooEarly.body().get("code").asText()).isEqualTo("meeting.error.not-held-yet");
        EngineClockTravel.at(day.plusDays(28));
        ApiClient.Response adopted = api.post("/api/meetings/" + meetingId + "/minutes/adopt", "secretary", Map.of("atMeetingId", nextId,
                "corrections", List.of(Map.of("agendaItemId", kept, "text", "แก้จำนวนผู้ป่วยเป็น 121 ราย"))));
        assertThat(adopted.status()).as(adopted.raw()).isEqualTo(200);
        assertThat(adopted.body().get("minutesStatus").asText()).isEqualTo("ADOPTED");
        assertThat(adopted.body().get("adoptedWithCorrections").asBoolean()).isTrue();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).count()).as("the cycle ended").isZero();

        // a cancelled meeting's process stops
        JsonNode third = schedule(body, at(day.plusDays(56), 9));
        api.post("/api/meetings/" + third.get("id").asLong() + "/cancel", "secretary", Map.of("reason", "ติดภารกิจเร่งด่วน"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(third.get("processInstanceId").asText()).count()).isZero();
    }

    @Test
    void aMovedMeetingMovesItsCutOffAndTimersAndTellsTheMembers() {
        long body = committee();
        LocalDate day = calendar.addWorkingDays(calendar.today(), 15);
        JsonNode meeting = schedule(body, at(day, 9));
        long meetingId = meeting.get("id").asLong();
        String pid = meeting.get("processInstanceId").asText();
        LocalDate oldCutOff = LocalDate.parse(meeting.get("cutOffDate").asText());
        LocalDate later = calendar.addWorkingDays(day, 10);
        schedule(body, at(later, 13));

        // onto another sitting of the body: refused, nothing moves
        ApiClient.Response clash = api.post("/api/meetings/" + meetingId + "/reschedule", "secretary",
                Map.of("startsAt", at(later, 13).toString(), "reason", "ผู้ว่าฯ ติดราชการกรุงเทพฯ"));
        assertThat(clash.body().get("code").asText()).isEqualTo("meeting.error.overlap");
        assertThat(api.post("/api/meetings/" + meetingId + "/reschedule", "secretary",
                Map.of("startsAt", at(later, 9).toString())).body().get("code").asText()).isEqualTo("error.field-required");
        assertThat(api.post("/api/meetings/" + meetingId + "/reschedule", "agency.health",
                Map.of("startsAt", at(later, 9).toString(), "reason", "x")).status()).isEqualTo(403);
        assertThat(api.get("/api/meetings/" + meetingId, "secretary").body().get("cutOffDate").asText())
                .isEqualTo(oldCutOff.toString());

        LocalDate newDay = calendar.addWorkingDays(day, 5);
        ApiClient.Response moved = api.post("/api/meetings/" + meetingId + "/reschedule", "secretary",
                Map.of("startsAt", at(newDay, 10).toString(), "reason", "ผู้ว่าฯ ติดราชการกรุงเทพฯ 🙏"));
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        LocalDate newCutOff = LocalDate.parse(moved.body().get("cutOffDate").asText());
        assertThat(newCutOff).isEqualTo(calendar.addWorkingDays(oldCutOff, 5));
        assertThat(moved.body().get("number").asText()).isEqualTo(meeting.get("number").asText());
        assertThat(alertsOf(meetingId, "AG-12-HEAD")).contains(AlertKind.PUBLISHED);

        // the old cut-off passes and nothing happens; the new one closes the agenda for the secretariat
        EngineClockTravel.at(oldCutOff.plusDays(1));
        runTimers(pid);
        assertThat(openTasks(pid)).doesNotContain("prepareAgenda");
        EngineClockTravel.at(calendar.nextWorkingDay(newCutOff.plusDays(1)));
        runTimers(pid);
        assertThat(openTasks(pid)).contains("prepareAgenda");
    }

    @Test
    void onlyTheSecretariatRunsMeetingsAndOthersSeeOnlyWhatConcernsThem() {
        long body = committee();
        LocalDate day = calendar.addWorkingDays(calendar.today(), 20);
        long meetingId = schedule(body, at(day, 13)).get("id").asLong();

        assertThat(api.post("/api/meetings/bodies", "agency.health", Map.of("code", "X", "kind", "COMMITTEE")).status()).isEqualTo(403);
        assertThat(api.post("/api/meetings", "agency.health", Map.of("bodyId", body, "startsAt", at(day, 15).toString())).status())
                .isEqualTo(403);
        // not a member: the meeting does not exist for them
        assertThat(api.get("/api/meetings/" + meetingId, "agency.land").status()).isEqualTo(404);
        assertThat(submit("agency.land", meetingId, "FOR_INFORMATION", "เรื่องของกรมที่ดิน", false).status()).isEqualTo(404);
        assertThat(api.get("/api/meetings/" + meetingId, "agency.health").status()).isEqualTo(200);
        assertThat(api.get("/api/meetings/" + meetingId, "vicegovernor1").status()).isEqualTo(200);

        // a classified item: its agency and the governor see it, another member without clearance does not
        ApiClient.Response secret = api.post("/api/meetings/" + meetingId + "/items", "agency.health",
                Map.of("section", "FOR_DECISION", "title", "เรื่องลับ", "secrecy", "SECRET"));
        assertThat(secret.status()).as(secret.raw()).isEqualTo(201);
        long secretId = secret.body().get("id").asLong();
        assertThat(api.get("/api/meetings/items/" + secretId, "governor").status()).isEqualTo(200);
        assertThat(api.get("/api/meetings/items/" + secretId, "agency.dopa").status()).isEqualTo(404);
        // nor does another member see the agency's item before the agenda is published
        long open = submit("agency.health", meetingId, "FOR_INFORMATION", "เรื่องเปิดเผย", false).body().get("id").asLong();
        assertThat(api.get("/api/meetings/items/" + open, "agency.dopa").status()).isEqualTo(404);

        // bad input: top secret, 1 MB of text, a control character, unknown section: clear refusals, nothing saved
        // an id written as 1.5 is a malformed request, not the body with id 1
        ApiClient.Response fractional = api.post("/api/meetings", "secretary", Map.of("bodyId", 1.5, "startsAt", at(day, 15).toString()));
        assertThat(fractional.status()).isEqualTo(400);
        assertThat(fractional.body().get("code").asText()).isEqualTo("error.unreadable-request");
        assertThat(api.post("/api/meetings/" + meetingId + "/items", "agency.health",
                Map.of("section", "FOR_DECISION", "title", "x", "secrecy", "TOP_SECRET")).body().get("code").asText())
                .isEqualTo("meeting.error.top-secret");
        assertThat(submit("agency.health", meetingId, "FOR_INFORMATION", "ก".repeat(1_000_000), false).body().get("code").asText())
                .isEqualTo("error.field-too-long");
        assertThat(submit("agency.health", meetingId, "FOR_INFORMATION", "bell\u0007", false).body().get("code").asText())
                .isEqualTo("error.field-control-characters");
        assertThat(submit("agency.health", meetingId, "NOPE", "x", false).status()).isEqualTo(400);
        List<Long> items = new ArrayList<>();
        api.get("/api/meetings/" + meetingId + "/items", "head").body().forEach(i -> items.add(i.get("id").asLong()));
        assertThat(items).containsExactlyInAnyOrder(secretId, open);
        // the secretariat's position is cleared for ลับ only, so the ลับมาก item is not in its list
        assertThat(api.get("/api/meetings/" + meetingId + "/items", "secretary").body()).extracting(i -> i.get("id").asLong())
                .containsExactly(open);
        // minutes for a meeting not yet held
        assertThat(api.post("/api/meetings/items/" + open + "/minutes", "secretary", Map.of("reported", "x")).body().get("code")
                .asText()).isEqualTo("meeting.error.not-held-yet");
    }
}
