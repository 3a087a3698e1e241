package th.tidtam.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import th.tidtam.letters.service.RegisterPrintout;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.PdfText;
import th.tidtam.support.Race;

/**
 * The incoming register over its API as the correspondence section (staff, secretary) and the e-saraban feed use it:
 * numbers, duplicates, refusals that change nothing, who sees a classified letter, the handling task and the printout.
 */
@IntegrationTest
class IncomingRegisterTest {

    @Autowired
    ApiClient api;
    @Autowired
    OrgDirectory org;
    @Autowired
    Clock clock;
    @Autowired
    RegisterPrintout printout;
    @Autowired
    UserDetailsService users;

    private Map<String, Object> letter(String senderNumber, String subject) {
        Map<String, Object> body = new HashMap<>();
        body.put("senderNumber", senderNumber);
        body.put("senderDate", LocalDate.now(clock).minusDays(3).toString());
        body.put("fromParty", "กระทรวงมหาดไทย");
        body.put("toParty", "ผู้ว่าราชการจังหวัดฉะเชิงเทรา");
        body.put("subject", subject);
        body.put("urgency", "URGENT");
        return body;
    }

    private static String uniqueSender() {
        return "มท 0211.3/ว " + (1000 + Math.floorMod(UUID.randomUUID().hashCode(), 90000));
    }

    private ApiClient.Response register(String user, Map<String, Object> body) {
        return api.post("/api/letters", user, body);
    }

    private long total() {
        return api.get("/api/letters?limit=1", "head").body().get("total").asLong();
    }

    private int lastNumber() {
        return api.get("/api/letters/register/" + LocalDate.now(clock).getYear(), "staff").body().get("lastNumber").asInt();
    }

    private long position(String code) {
        return org.positionByCode(code).orElseThrow().id();
    }

    @Test
    void eightClerksRegisteringAtOnceGetGaplessUniqueNumbers() throws Exception {
        List<Callable<ApiClient.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String clerk = i % 2 == 0 ? "staff" : "secretary";
            Map<String, Object> body = letter(uniqueSender(), "หนังสือพร้อมกัน " + i);
            calls.add(() -> register(clerk, body));
        }
        @SuppressWarnings("unchecked")
        List<ApiClient.Response> answers = Race.atOnce(calls.toArray(Callable[]::new));

        List<Integer> numbers = new ArrayList<>();
        for (ApiClient.Response r : answers) {
            assertThat(r.status()).as(r.raw()).isEqualTo(201);
            assertThat(r.body().get("number").asText()).hasSize(5);
            numbers.add(r.body().get("receivedNumber").asInt());
        }
        numbers.sort(Integer::compare);
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(numbers.get(7) - numbers.get(0)).as("gapless: %s", numbers).isEqualTo(7);
    }

    @Test
    void aSecondLetterWithTheSameSenderNumberAndDateIsFlaggedOnBothAndKeptApart() {
        String sender = uniqueSender();
        JsonNode first = register("staff", letter(sender, "ขอเชิญประชุม")).body();
        // typed with Thai digits and other spacing: the same number all the same
        JsonNode second = register("secretary", letter(sender.replace("0211", "๐๒๑๑").replace(" ", "  "), "ขอเชิญประชุม")).body();

        assertThat(second.get("id").asLong()).isNotEqualTo(first.get("id").asLong());
        assertThat(second.get("duplicate").asBoolean()).isTrue();
        JsonNode firstNow = api.get("/api/letters/" + first.get("id").asLong(), "staff").body().get("page");
        assertThat(firstNow.get("letter").get("duplicate").asBoolean()).isTrue();
        assertThat(firstNow.get("duplicates")).extracting(d -> d.get("id").asLong()).containsExactly(second.get("id").asLong());
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingChanges() {
        long before = total();
        int last = lastNumber();
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> future = letter(uniqueSender(), "อนาคต");
        future.put("receivedAt", LocalDateTime.now(clock).plusHours(2).withNano(0).toString());
        Map<String, Object> junk = letter("เลขที่มั่ว 12", "รูปแบบผิด");
        Map<String, Object> topSecret = letter(uniqueSender(), "ลับที่สุด");
        topSecret.put("secrecy", "TOP_SECRET");
        Map<String, Object> tooLong = letter(uniqueSender(), "เรื่อง😀".repeat(100));
        Map<String, Object> afterReceipt = letter(uniqueSender(), "ลงวันที่หลังวันรับ");
        afterReceipt.put("senderDate", today.plusDays(1).toString());
        Map<String, Object> ahead = letter(uniqueSender(), "เลขล่วงหน้า");
        ahead.put("receivedNumber", last + 50);

        assertRefused(register("staff", future), "letters.error.received-in-future");
        assertRefused(register("staff", junk), "letters.error.sender-number-shape");
        assertRefused(register("staff", topSecret), "letters.error.top-secret");
        assertRefused(register("staff", tooLong), "error.field-too-long");
        assertRefused(register("staff", afterReceipt), "letters.error.sender-date-after-received");
        assertRefused(register("staff", ahead), "letters.error.number-ahead");
        assertRefused(api.post("/api/letters/register/" + today.getYear() + "/continue-after", "staff",
                Map.of("lastNumber", Math.max(0, last - 1))), last == 0 ? null : "letters.error.series-backwards");
        assertThat(register("director.admin", letter(uniqueSender(), "ไม่ใช่งานสารบรรณ")).status()).isEqualTo(403);

        assertThat(total()).isEqualTo(before);
        assertThat(lastNumber()).isEqualTo(last);

        // a received number already in the register is refused when back-filled again
        JsonNode taken = register("staff", letter(uniqueSender(), "เลขแรก")).body();
        Map<String, Object> reused = letter(uniqueSender(), "เลขซ้ำ");
        reused.put("receivedNumber", taken.get("receivedNumber").asInt());
        assertRefused(register("staff", reused), "letters.error.number-taken");
        assertThat(total()).isEqualTo(before + 1);
    }

    private static void assertRefused(ApiClient.Response r, String code) {
        if (code == null) {
            return;
        }
        assertThat(r.status()).as(r.raw()).isEqualTo(400);
        assertThat(r.body().get("code").asText()).isEqualTo(code);
        assertThat(r.body().get("message_th").asText()).isNotBlank().doesNotContain("letters.");
    }

    @Test
    void aClassifiedLetterDoesNotExistForPositionsOffItsRoute() {
        Map<String, Object> body = letter(uniqueSender(), "เรื่องลับเฉพาะ");
        // ลับ, registered by the secretariat (cleared) for the administration director (cleared for ลับ) — issue 16
        body.put("secrecy", "CONFIDENTIAL");
        body.put("handlerPositionId", position("GRP-ADMIN-DIR"));
        long id = register("secretary", body).body().get("id").asLong();

        assertThat(api.get("/api/letters/" + id, "director.admin").status()).isEqualTo(200);
        assertThat(api.get("/api/letters/" + id, "head").status()).isEqualTo(200);
        assertThat(api.get("/api/letters/" + id, "governor").status()).isEqualTo(200);
        assertThat(api.get("/api/letters/" + id, "secretary").status()).as("the registering position").isEqualTo(200);
        assertThat(api.get("/api/letters/" + id, "staff").status()).as("a clerk not cleared, off the route").isEqualTo(404);
        assertThat(api.get("/api/letters/" + id, "vicegovernor1").status()).isEqualTo(404);
        assertThat(api.get("/api/letters?limit=500&secrecy=CONFIDENTIAL", "vicegovernor1").body().get("letters"))
                .noneMatch(l -> l.get("id").asLong() == id);
    }

    @Test
    void theHandlerHandsTheLetterOnAndTheNextFilesItThroughMyWork() {
        Map<String, Object> body = letter(uniqueSender(), "ขอข้อมูลประกอบการพิจารณา");
        body.put("handlerPositionId", position("HEAD-OF-OFFICE"));
        long id = register("staff", body).body().get("id").asLong();

        String task = taskOf("head", id);
        assertThat(task).isNotNull();
        ApiClient.Response handed = api.post("/api/tasks/" + task + "/complete", "head",
                Map.of("outcome", "HAND", "positionId", position("GRP-ADMIN-DIR"), "note", "ดำเนินการตามระเบียบ"));
        assertThat(handed.status()).as(handed.raw()).isIn(200, 204);
        assertThat(taskOf("head", id)).isNull();
        String next = taskOf("director.admin", id);
        assertThat(next).isNotNull();
        assertThat(api.post("/api/tasks/" + next + "/complete", "director.admin", Map.of("outcome", "FILE", "action", " "))
                .status()).isEqualTo(400);
        ApiClient.Response filed = api.post("/api/tasks/" + next + "/complete", "director.admin",
                Map.of("outcome", "FILE", "action", "แจ้งส่วนราชการที่เกี่ยวข้องแล้ว"));
        assertThat(filed.status()).as(filed.raw()).isIn(200, 204);

        JsonNode page = api.get("/api/letters/" + id, "director.admin").body().get("page");
        assertThat(page.get("letter").get("status").asText()).isEqualTo("FILED");
        assertThat(page.get("route")).hasSize(2);
        assertThat(api.post("/api/letters/" + id + "/file", "director.admin", Map.of("action", "อีกครั้ง")).status())
                .as("filed twice").isEqualTo(400);
    }

    private String taskOf(String user, long letterId) {
        for (JsonNode t : api.get("/api/tasks?limit=500", user).body()) {
            if (t.path("letterId").asLong() == letterId && t.get("taskDefinitionKey").asText().equals("handleLetter")) {
                return t.get("taskId").asText();
            }
        }
        return null;
    }

    @Test
    void theFeedSendingTheSameLetterTwiceGetsTheOneLetterBack() {
        Map<String, Object> body = letter(uniqueSender(), "จากระบบสารบรรณอิเล็กทรอนิกส์");
        body.put("externalId", "esaraban-" + UUID.randomUUID());
        ApiClient.Response first = register("staff", body);
        ApiClient.Response again = register("staff", body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("id").asLong()).isEqualTo(first.body().get("id").asLong());
    }

    @Test
    void thePrintedRegisterShowsTheFormsColumnsAndTheLetters() {
        String sender = uniqueSender();
        JsonNode l = register("staff", letter(sender, "รายงานผลการดำเนินงานประจำเดือน")).body();
        LocalDate today = LocalDate.now(clock);
        byte[] pdf = as("staff", () -> printout.pdf(today.minusDays(1), today, null, false));

        String text = PdfText.skeleton(PdfText.text(pdf));
        assertThat(text).contains(PdfText.skeleton("ทะเบียนหนังสือรับ"), PdfText.skeleton("เลขทะเบียนรับ"),
                PdfText.skeleton("การปฏิบัติ"), PdfText.skeleton("หมายเหตุ"), l.get("number").asText(),
                PdfText.skeleton(sender), PdfText.skeleton("รายงานผลการดำเนินงานประจำเดือน"));
        PdfText.keep(pdf, "letters-register", 1);
        byte[] xlsx = as("staff", () -> printout.xlsx(today.minusDays(1), today, null));
        assertThat(xlsx).isNotEmpty();
    }

    private <T> T as(String username, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
