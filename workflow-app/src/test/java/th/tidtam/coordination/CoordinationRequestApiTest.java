package th.tidtam.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import th.tidtam.base.RuleViolation;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.coordination.service.CoordinationAnswers;
import th.tidtam.coordination.service.CoordinationFiles;
import th.tidtam.coordination.service.CoordinationRequests;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.partners.service.Partners;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.PdfText;

/**
 * A coordination request over the API from the draft to its close: two agencies answer in My work, the requester
 * consolidates with the PDF/Excel summary; a partner answers once through its link; bad input and abuse (a past or
 * non-working due date, hostile text, a classified request to a partner, a double answer, a forged or reused link, a
 * 50 MB or .exe file) are refused with nothing saved.
 */
@IntegrationTest
class CoordinationRequestApiTest {

    @Autowired ApiClient api;
    @Autowired OrgDirectory org;
    @Autowired WorkingCalendar calendar;
    @Autowired JdbcTemplate jdbc;
    @Autowired CoordinationRequests requests;
    @Autowired CoordinationAnswers answers;
    @Autowired Partners partners;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void twoAgenciesAnswerInMyWorkAndTheRequesterClosesWithTheSummary() {
        long id = draft("ขอข้อมูลจุดเสี่ยงน้ำท่วม 🌧️ " + System.nanoTime(), "INFORMATION", due(8), List.of(unit("agency.disaster"),
                unit("agency.publicworks")), List.of());
        ApiClient.Response sent = api.post("/api/coordination/" + id + "/send", "head", Map.of());
        assertThat(sent.status()).as(sent.raw()).isEqualTo(200);
        assertThat(sent.body().at("/request/number").asText()).matches("ปส\\. \\d+/25\\d\\d");
        assertThat(api.post("/api/coordination/" + id + "/send", "head", Map.of()).body().get("code").asText())
                .isEqualTo("coordination.error.already-sent");
        assertThat(api.get("/api/coordination/" + id, "staff").status()).isEqualTo(404);
        assertThat(api.get("/api/coordination/" + id, "agency.disaster").status()).isEqualTo(200);

        String disasterTask = taskOf("agency.disaster", id, "answerCoordination");
        assertThat(api.post("/api/tasks/" + disasterTask + "/complete", "agency.disaster", Map.of("answer", " ")).body()
                .get("code").asText()).isEqualTo("error.field-required");
        assertThat(api.post("/api/tasks/" + disasterTask + "/complete", "agency.disaster",
                Map.of("answer", "จุดเสี่ยง 14 จุด ใน 6 อำเภอ")).status()).isEqualTo(204);
        // the second click of a double click: the task is gone, nothing is answered twice
        assertThat(api.post("/api/tasks/" + disasterTask + "/complete", "agency.disaster", Map.of("answer", "อีกครั้ง")).status())
                .isIn(400, 404);
        assertThat(taskOf("head", id, "consolidateCoordination")).as("one agency still to answer").isNull();
        String worksTask = taskOf("agency.publicworks", id, "answerCoordination");
        assertThat(api.post("/api/tasks/" + worksTask + "/complete", "agency.publicworks",
                Map.of("answer", "ขุดลอก 3 แห่ง")).status()).isEqualTo(204);

        JsonNode page = api.get("/api/coordination/" + id, "head").body();
        assertThat(page.at("/request/answered").asInt()).isEqualTo(2);
        assertThat(page.get("parties").findValuesAsText("answer")).contains("จุดเสี่ยง 14 จุด ใน 6 อำเภอ", "ขุดลอก 3 แห่ง");
        String consolidate = taskOf("head", id, "consolidateCoordination");
        assertThat(consolidate).as("every agency answered: the requester consolidates").isNotNull();
        assertThat(api.post("/api/coordination/" + id + "/withdraw", "head", Map.of("reason", "ไม่ใช้แล้ว")).body().get("code")
                .asText()).isEqualTo("coordination.error.answered-cannot-withdraw");
        assertThat(api.post("/api/coordination/" + id + "/close", "vicegovernor1", Map.of("result", "x")).body().get("code")
                .asText()).isEqualTo("coordination.error.not-requester");
        ApiClient.Response closed = api.post("/api/tasks/" + consolidate + "/complete", "head",
                Map.of("outcome", "CLOSE", "result", "สรุปจุดเสี่ยง 14 จุด เตรียมเครื่องสูบน้ำ 22 เครื่อง"));
        assertThat(closed.status()).as(closed.raw()).isEqualTo(204);
        assertThat(api.get("/api/coordination/" + id, "head").body().at("/request/status").asText()).isEqualTo("CLOSED");
        assertThat(taskOf("head", id, "consolidateCoordination")).isNull();

        String pdf = PdfText.text(bytes("/api/coordination/" + id + "/summary.pdf"));
        assertThat(pdf).contains("สรุปผลการประสานงาน").contains("ปส. ");
        assertThat(bytes("/api/coordination/" + id + "/summary.xlsx")).startsWith((byte) 'P', (byte) 'K');
        assertThat(api.get("/api/coordination/" + id + "/timeline", "head").body().findValuesAsText("kind"))
                .contains("SENT", "ANSWERED", "READY", "CLOSED");
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingSaved() {
        long before = rows();
        LocalDate past = calendar.today().minusDays(1);
        assertThat(code(body("x", "INFORMATION", past, List.of(unit("agency.health")), List.of()))).isEqualTo("coordination.error.due-in-past");
        LocalDate saturday = calendar.today().plusDays(8);
        while (saturday.getDayOfWeek() != java.time.DayOfWeek.SATURDAY) {
            saturday = saturday.plusDays(1);
        }
        assertThat(code(body("x", "INFORMATION", saturday, List.of(unit("agency.health")), List.of())))
                .isEqualTo("coordination.error.due-not-working-day");
        assertThat(code(body("x", "INFORMATION", calendar.today().plusYears(2), List.of(unit("agency.health")), List.of())))
                .isEqualTo("coordination.error.due-too-far");
        assertThat(code(body(" ", "INFORMATION", due(5), List.of(unit("agency.health")), List.of()))).isEqualTo("error.field-required");
        assertThat(code(body("x\u0000y", "INFORMATION", due(5), List.of(unit("agency.health")), List.of())))
                .isEqualTo("error.field-control-characters");
        assertThat(code(body("x", "INFORMATION", due(5), List.of(), List.of()))).isEqualTo("coordination.error.no-parties");
        assertThat(code(body("x", "INFORMATION", due(5), List.of(987654321L), List.of()))).isEqualTo("coordination.error.unit-unknown");
        Map<String, Object> classified = body("ลับ", "INFORMATION", due(5), List.of(unit("agency.health")), List.of(1L));
        classified.put("secrecy", "CONFIDENTIAL");
        assertThat(code(classified)).isEqualTo("coordination.error.classified-to-partner");
        assertThat(api.post("/api/coordination", "vicegovernor1", body("x", "INFORMATION", due(5), List.of(unit("agency.health")),
                List.of())).status()).isEqualTo(403);
        assertThat(rows()).as("nothing saved by a refusal").isEqualTo(before);

        String hostile = "<img src=x onerror=alert(1)> ผักตบชวา 🪷 ' OR 1=1 --";
        long id = draft(hostile, "PARTICIPANT", due(5), List.of(unit("agency.health")), List.of());
        assertThat(api.get("/api/coordination/" + id, "head").body().at("/request/subject").asText()).isEqualTo(hostile);
        api.post("/api/coordination/" + id + "/send", "head", Map.of());
        String task = taskOf("agency.health", id, "answerCoordination");
        assertThat(api.post("/api/tasks/" + task + "/complete", "agency.health", Map.of("answer", "ส่งผู้แทน")).body().get("code")
                .asText()).as("a participant needs a nominee").isEqualTo("error.field-required");
        assertThat(api.post("/api/tasks/" + task + "/complete", "agency.health", Map.of("nomineeName", "นางสาวสมหญิง",
                "nomineePosition", "นักวิชาการสาธารณสุข", "nomineePhone", "โทร ห้าห้าห้า")).body().get("code").asText())
                .isEqualTo("coordination.error.phone-shape");
        ApiClient.Response withdrawn = api.post("/api/coordination/" + id + "/withdraw", "head", Map.of("reason", "ยกเลิกการประชุม"));
        assertThat(withdrawn.status()).as(withdrawn.raw()).isEqualTo(200);
        assertThat(withdrawn.body().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(taskOf("agency.health", id, "answerCoordination")).as("the withdrawn request's task is gone").isNull();
    }

    @Test
    void aPartnerAnswersOnceThroughItsLinkAndABadLinkOrFileSavesNothing() {
        List<Long> partner = partners.search(null, null, true, 0, 1).stream().map(p -> p.id()).toList();
        assertThat(partner).as("the demo's partners").isNotEmpty();
        long id = draft("ขอความเห็นร่างแผนป้องกันน้ำท่วม " + System.nanoTime(), "OPINION", due(6), List.of(), partner);
        ApiClient.Response sent = api.post("/api/coordination/" + id + "/send", "head", Map.of());
        String token = sent.body().at("/links/0/token").asText();
        assertThat(token).hasSize(43);
        assertThat(answers.openLink(token.substring(0, 42) + (token.endsWith("A") ? "B" : "A"), "10.9.0.1")).as("a forged link").isEmpty();
        assertThat(answers.openLink(token, "10.9.0.1")).get().extracting(CoordinationAnswers.LinkPage::requestId).isEqualTo(id);

        long files = jdbc.queryForObject("select count(*) from coordination_file", Long.class);
        PartyAnswer answer = new PartyAnswer("เห็นด้วย ขอเพิ่มจุดติดตั้งเครื่องสูบน้ำ", null, null, null, "นายสมชาย ใจดี",
                "ผู้อำนวยการกอง", "038-514-000 ต่อ 301");
        byte[] huge = new byte[50 * 1024 * 1024];
        byte[] pdfHead = "%PDF-1.4\n".getBytes();
        System.arraycopy(pdfHead, 0, huge, 0, pdfHead.length);
        assertThatThrownBy(() -> answers.answerAsPartner(token, "10.9.0.1", answer,
                List.of(new CoordinationFiles.Incoming("แผนที่.pdf", huge)))).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("attachment.error.too-large");
        assertThatThrownBy(() -> answers.answerAsPartner(token, "10.9.0.1", answer,
                List.of(new CoordinationFiles.Incoming("setup.exe", Arrays.copyOf("MZ".getBytes(), 64))))).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("attachment.error.type-not-allowed");
        assertThat(jdbc.queryForObject("select count(*) from coordination_file", Long.class)).isEqualTo(files);
        assertThat(api.get("/api/coordination/" + id, "head").body().at("/request/answered").asInt()).isZero();

        byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        answers.answerAsPartner(token, "10.9.0.1", answer, List.of(new CoordinationFiles.Incoming("ความเห็น.pdf", pdf)));
        assertThatThrownBy(() -> answers.answerAsPartner(token, "10.9.0.1", answer, List.of()))
                .as("the link answers once").isInstanceOf(RuleViolation.class);
        assertThat(answers.openLink(token, "10.9.0.1")).as("a used link shows the one page").isEmpty();
        JsonNode page = api.get("/api/coordination/" + id, "head").body();
        assertThat(page.at("/parties/0/answererName").asText()).isEqualTo("นายสมชาย ใจดี");
        assertThat(page.at("/parties/0/files/0/fileName").asText()).isEqualTo("ความเห็น.pdf");
        assertThat(taskOf("head", id, "consolidateCoordination")).as("the only party answered").isNotNull();
    }

    private long draft(String subject, String kind, LocalDate due, List<Long> units, List<Long> partnerIds) {
        ApiClient.Response created = api.post("/api/coordination", "head", body(subject, kind, due, units, partnerIds));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    private static Map<String, Object> body(String subject, String kind, LocalDate due, List<Long> units, List<Long> partnerIds) {
        Map<String, Object> b = new HashMap<>();
        b.put("subject", subject);
        b.put("askKind", kind);
        b.put("body", "รายละเอียดที่ขอ");
        b.put("dueDate", due.toString());
        b.put("urgency", "URGENT");
        b.put("unitIds", units);
        b.put("partnerIds", partnerIds);
        return b;
    }

    private String code(Map<String, Object> body) {
        ApiClient.Response r = api.post("/api/coordination", "head", body);
        assertThat(r.status()).as(r.raw()).isEqualTo(400);
        assertThat(r.body().get("message_th").asText()).isNotBlank();
        return r.body().get("code").asText();
    }

    private long rows() {
        return jdbc.queryForObject("select (select count(*) from coordination_request) + (select count(*) from coordination_party)",
                Long.class);
    }

    private LocalDate due(int workingDays) {
        return calendar.addWorkingDays(calendar.today(), workingDays);
    }

    private long unit(String login) {
        return org.positionsFilled(org.person(login).orElseThrow().id()).get(0).unitId();
    }

    private byte[] bytes(String path) {
        UserDetails user = users.loadUserByUsername("head");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        long id = Long.parseLong(path.split("/")[3]);
        return path.endsWith(".pdf") ? docs.pdf(id) : docs.xlsx(id);
    }

    @Autowired th.tidtam.coordination.service.CoordinationSummaryDocs docs;

    private String taskOf(String user, long requestId, String kind) {
        for (JsonNode t : api.get("/api/tasks?limit=500", user).body()) {
            if ("COORDINATION".equals(t.path("caseType").asText()) && t.path("caseId").asLong() == requestId
                    && kind.equals(t.path("taskDefinitionKey").asText())) {
                return t.get("taskId").asText();
            }
        }
        return null;
    }
}
