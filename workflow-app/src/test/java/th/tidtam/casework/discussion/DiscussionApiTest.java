package th.tidtam.casework.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.Race;

/**
 * The discussion of a directive over the API on a real database: a mention reaches the mentioned position as an
 * alert; every refusal (a position that may not see the case, an unknown one, empty, oversized or broken text, someone
 * else's comment, a stale version) says why and leaves nothing behind; a double post posts once; an edit keeps the
 * earlier text; whoever may not see the directive finds nothing at all.
 */
@IntegrationTest
class DiscussionApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ApiClient api;

    @Autowired
    DirectiveFixtures directives;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcTemplate jdbc;

    private long issueToHealth(String subject, String secrecy) {
        return directives.issue(directives.draft(subject, "AG-12-HEAD").secrecy(secrecy));
    }

    private String comments(long directiveId) {
        return "/api/cases/DIRECTIVE/" + directiveId + "/comments";
    }

    private long positionOf(String username) {
        return org.positionsFilled(org.person(username).orElseThrow().id()).get(0).positionId();
    }

    private static Map<String, Object> comment(String body, Object... mentions) {
        Map<String, Object> c = new HashMap<>();
        c.put("body", body);
        c.put("mentions", List.of(mentions));
        c.put("clientKey", UUID.randomUUID().toString());
        return c;
    }

    private int count(long directiveId) {
        return jdbc.queryForObject("select count(*) from case_comment where case_type = 'DIRECTIVE' and case_id = ?",
                Integer.class, directiveId);
    }

    private List<JsonNode> alertsOf(String user, long directiveId, String kind) {
        List<JsonNode> found = new ArrayList<>();
        api.get("/api/alerts?limit=100", user).body().forEach(a -> {
            if (a.get("caseId").asLong() == directiveId && a.get("kind").asText().equals(kind)) {
                found.add(a);
            }
        });
        return found;
    }

    @Test
    void aCommentMentioningAPositionOnTheRouteReachesItAsAnAlertAndOnTheTimeline() {
        long id = issueToHealth("ติดตามการฉีดวัคซีนไข้หวัดใหญ่", "NONE");
        long health = org.positionByCode("AG-12-HEAD").orElseThrow().id();

        ApiClient.Response posted = api.post(comments(id), "head",
                comment("ขอให้สาธารณสุขจังหวัดรายงานยอดฉีดภายในวันศุกร์ 🙏", health));

        assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
        assertThat(posted.body().get("mentions").get(0).get("positionId").asLong()).isEqualTo(health);
        List<JsonNode> alerts = alertsOf("agency.health", id, "MENTIONED");
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).get("detail").asText()).contains(": ขอให้สาธารณสุขจังหวัดรายงานยอดฉีด");
        JsonNode thread = api.get(comments(id), "agency.health").body();
        assertThat(thread.get("total").asInt()).isEqualTo(1);
        assertThat(thread.get("items").get(0).get("body").asText()).isEqualTo("ขอให้สาธารณสุขจังหวัดรายงานยอดฉีดภายในวันศุกร์ 🙏");
        assertThat(thread.get("items").get(0).get("mine").asBoolean()).isFalse();
        JsonNode timeline = directives.detail(id).get("timeline");
        assertThat(timeline.toString()).contains("COMMENTED");
        // the directive's own page still reads its timeline with the discussion's entries on it
        assertThat(api.get("/api/directives/" + id, "governor").status()).isEqualTo(200);
    }

    @Test
    void aMentionOfAPositionThatMayNotSeeTheDirectiveIsRefusedWithTheReasonAndNothingIsSaved() {
        long open = issueToHealth("ตรวจคุณภาพน้ำประปา", "NONE");
        long secret = issueToHealth("สอบข้อเท็จจริงเรื่องร้องเรียน", "CONFIDENTIAL");
        long banpho = positionOf("district.banpho");

        ApiClient.Response refused = api.post(comments(open), "head", comment("ฝากอำเภอบ้านโพธิ์ช่วยดู", banpho));
        ApiClient.Response refusedSecret = api.post(comments(secret), "head", comment("ฝากอำเภอช่วยดู", banpho));
        ApiClient.Response unknown = api.post(comments(open), "head", comment("ใครก็ได้", 987654321L));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("code").asText()).isEqualTo("discussion.error.mention-not-cleared");
        assertThat(refused.body().get("message_en").asText()).contains("may not see this case");
        assertThat(refusedSecret.body().get("code").asText()).isEqualTo("discussion.error.mention-not-cleared-classified");
        assertThat(refusedSecret.body().get("message_th").asText()).contains("ชั้นความลับ");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("code").asText()).isEqualTo("discussion.error.mention-unknown");
        assertThat(count(open) + count(secret)).isZero();
        assertThat(alertsOf("district.banpho", open, "MENTIONED")).isEmpty();
        JsonNode offered = api.get("/api/cases/DIRECTIVE/" + open + "/mention-candidates?q=บ้านโพธิ์", "head").body();
        assertThat(offered).isEmpty();
        JsonNode health = api.get("/api/cases/DIRECTIVE/" + open + "/mention-candidates?q=สาธารณสุขจังหวัด", "head").body();
        assertThat(health.toString()).contains("\"positionId\":" + org.positionByCode("AG-12-HEAD").orElseThrow().id());
    }

    @Test
    void emptyOversizedAndBrokenTextIsRefusedWhileMarkupThaiAndEmojiAreKeptAsText() {
        long id = issueToHealth("ทดสอบข้อความความเห็น", "NONE");
        String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> ราย​งาน ๑๒ 👨‍👩‍👧 \"quoted\"";

        ApiClient.Response empty = api.post(comments(id), "head", comment("   \n "));
        ApiClient.Response tooLong = api.post(comments(id), "head", comment("ก".repeat(4001)));
        ApiClient.Response control = api.post(comments(id), "head", comment("bell\u0007"));
        ApiClient.Response broken = api.post(comments(id), "head", "{\"body\":\"\\ud83d\",\"clientKey\":\"k1\"}");
        ApiClient.Response badKey = api.post(comments(id), "head", Map.of("body", "ok", "clientKey", "../../etc"));
        ApiClient.Response unreadable = api.post(comments(id), "head", "{\"body\": [1,2");
        ApiClient.Response kept = api.post(comments(id), "head", comment(hostile));
        ApiClient.Response longest = api.post(comments(id), "head", comment("😀".repeat(4000)));

        assertThat(List.of(empty.status(), tooLong.status(), control.status(), broken.status(), badKey.status(),
                unreadable.status())).containsOnly(400);
        assertThat(empty.body().get("message_th").asText()).contains("ความเห็น");
        assertThat(tooLong.body().get("message_en").asText()).contains("4000");
        assertThat(badKey.body().get("code").asText()).isEqualTo("discussion.error.key-invalid");
        assertThat(kept.status()).isEqualTo(201);
        assertThat(kept.body().get("body").asText()).isEqualTo(hostile.strip());
        assertThat(longest.status()).as("4000 emoji are 4000 characters").isEqualTo(201);
        assertThat(count(id)).isEqualTo(2);
    }

    @Test
    void theSamePostSentTwiceEvenAtTheSameMomentIsPostedOnce() throws Exception {
        long id = issueToHealth("ทดสอบกดส่งซ้ำ", "NONE");
        Map<String, Object> once = comment("กดสองครั้ง");
        Map<String, Object> race = comment("ส่งพร้อมกัน");

        ApiClient.Response first = api.post(comments(id), "head", once);
        ApiClient.Response again = api.post(comments(id), "head", once);
        List<ApiClient.Response> both = Race.atOnce(() -> api.post(comments(id), "head", race),
                () -> api.post(comments(id), "head", race));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("id").asLong()).isEqualTo(first.body().get("id").asLong());
        assertThat(both.stream().map(ApiClient.Response::status).toList()).contains(201).allMatch(s -> s == 201 || s == 200 || s == 400);
        assertThat(count(id)).isEqualTo(2);
    }

    @Test
    void onlyTheAuthorEditsAndEveryEarlierTextStaysReadableInTheHistory() throws Exception {
        long id = issueToHealth("ทดสอบแก้ไขความเห็น", "NONE");
        JsonNode c = api.post(comments(id), "head", comment("ประชุมวันที่ 12")).body();
        String one = comments(id) + "/" + c.get("id").asLong();

        Reply edited = put("head", one, Map.of("version", c.get("version").asLong(), "body", "ประชุมวันที่ 13 (แก้วันที่)"));
        Reply stale = put("head", one, Map.of("version", c.get("version").asLong(), "body", "ประชุมวันที่ 14"));
        Reply notMine = put("governor", one, Map.of("version", edited.json().get("version").asLong(), "body", "แก้แทน"));
        Reply unchanged = put("head", one, Map.of("version", edited.json().get("version").asLong(), "body", "ประชุมวันที่ 13 (แก้วันที่)"));
        Reply noVersion = put("head", one, Map.of("body", "ไม่มีรุ่น"));

        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("revisions").asInt()).isEqualTo(1);
        assertThat(edited.json().get("editedAt").isNull()).isFalse();
        assertThat(stale.status()).isEqualTo(409);
        assertThat(notMine.status()).isEqualTo(400);
        assertThat(notMine.json().get("code").asText()).isEqualTo("discussion.error.not-author");
        assertThat(unchanged.json().get("code").asText()).isEqualTo("discussion.error.unchanged");
        assertThat(noVersion.status()).isEqualTo(400);
        JsonNode history = api.get(one + "/history", "agency.health").body();
        assertThat(history.get("comment").get("body").asText()).isEqualTo("ประชุมวันที่ 13 (แก้วันที่)");
        assertThat(history.get("revisions")).hasSize(1);
        assertThat(history.get("revisions").get(0).get("body").asText()).isEqualTo("ประชุมวันที่ 12");
        assertThat(history.get("revisions").get(0).get("editorPositionTitleTh").asText()).isNotBlank();
        assertThat(directives.detail(id).get("timeline").toString()).contains("COMMENT_EDITED");
    }

    @Test
    void whoeverMayNotSeeTheDirectiveFindsNoThreadAndCannotPost() {
        long id = issueToHealth("เรื่องเฉพาะสาธารณสุข", "NONE");
        JsonNode c = api.post(comments(id), "head", comment("เห็นเฉพาะผู้เกี่ยวข้อง")).body();

        assertThat(api.get(comments(id), "district.banpho").status()).isEqualTo(404);
        assertThat(api.post(comments(id), "district.banpho", comment("แทรก")).status()).isEqualTo(404);
        assertThat(api.get(comments(id) + "/" + c.get("id").asLong() + "/history", "district.banpho").status()).isEqualTo(404);
        assertThat(put("district.banpho", comments(id) + "/" + c.get("id").asLong(), Map.of("version", 0, "body", "x")).status()).isEqualTo(404);
        assertThat(api.get("/api/cases/NO_SUCH_TYPE/" + id + "/comments", "head").status()).isEqualTo(404);
        assertThat(api.get("/api/cases/DIRECTIVE/99999999/comments", "head").status()).isEqualTo(404);
        assertThat(api.get(comments(id), null).status()).isEqualTo(401);
        assertThat(count(id)).isEqualTo(1);
    }

    @Test
    void eachPartHasItsOwnThreadAndFilesPostedWithACommentAreFilesOfThatPart() throws Exception {
        long id = directives.issueScreened(directives.draft("ส่งหลักฐานการตรวจคัดกรอง", "AG-12-HEAD"));
        long partId = directives.detail(id).get("parts").get(0).get("id").asLong();
        long other = issueToHealth("อีกเรื่องหนึ่ง", "NONE");
        long otherPart = directives.detail(other).get("parts").get(0).get("id").asLong();
        Map<String, Object> onPart = comment("แนบผลตรวจของหน่วย");
        onPart.put("partId", partId);
        Map<String, Object> wrongPart = comment("ผิดเรื่อง");
        wrongPart.put("partId", otherPart);

        JsonNode c = api.post(comments(id), "agency.health", onPart).body();
        ApiClient.Response refused = api.post(comments(id), "agency.health", wrongPart);
        Reply file = upload("agency.health", comments(id) + "/" + c.get("id").asLong() + "/attachments", "ผลตรวจ.pdf",
                "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Reply notMine = upload("head", comments(id) + "/" + c.get("id").asLong() + "/attachments", "x.pdf",
                "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(c.get("partId").asLong()).isEqualTo(partId);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("code").asText()).isEqualTo("discussion.error.part-not-of-case");
        assertThat(file.status()).as(file.body()).isEqualTo(201);
        assertThat(file.json().get("files").get(0).get("fileName").asText()).isEqualTo("ผลตรวจ.pdf");
        assertThat(notMine.json().get("code").asText()).isEqualTo("discussion.error.not-author");
        assertThat(api.get(comments(id) + "?partId=" + partId, "head").body().get("total").asInt()).isEqualTo(1);
        assertThat(api.get(comments(id), "head").body().get("total").asInt()).as("the whole case's own thread").isZero();
        long attachmentId = file.json().get("files").get(0).get("attachmentId").asLong();
        assertThat(api.get("/api/attachments/" + attachmentId, "head").status()).isEqualTo(200);
    }

    @Test
    void theAuditTrailKeepsAClassifiedDirectivesCommentsWithoutTheirText() {
        long id = issueToHealth("เรื่องลับ ทดสอบการบันทึกประวัติ", "CONFIDENTIAL");
        JsonNode c = api.post(comments(id), "head", comment("ข้อความลับห้ามปรากฏในบันทึก")).body();
        put("head", comments(id) + "/" + c.get("id").asLong(), Map.of("version", c.get("version").asLong(), "body", "ข้อความลับที่แก้แล้ว"));

        List<String> rows = jdbc.queryForList("select details from audit_log where (object_type = 'CaseComment' and "
                + "object_id = ?) or (object_type = 'CaseCommentRevision' and details like ?)", String.class,
                c.get("id").asText(), "%\"caseId\":" + id + ",%");

        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        assertThat(String.join("\n", rows)).contains("[classified]").doesNotContain("ข้อความลับ");
    }

    record Reply(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new IllegalStateException(body, e);
            }
        }
    }

    private Reply put(String user, String path, Object body) {
        try {
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)), user);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Reply upload(String user, String path, String fileName, byte[] content) {
        String boundary = "----tidtam" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), user);
    }

    private Reply send(HttpRequest.Builder builder, String user) {
        builder.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((th.tidtam.support.TestLogins.credentials(user, "demo")).getBytes(StandardCharsets.UTF_8)));
        try {
            HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(builder.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
