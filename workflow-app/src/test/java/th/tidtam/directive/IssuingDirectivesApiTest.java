package th.tidtam.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;

/** Issuing over the API: what the governor and the secretariat can issue, and everything that is refused. */
@IntegrationTest
class IssuingDirectivesApiTest {

    @Autowired
    ApiClient api;

    @Autowired
    DirectiveFixtures directives;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    th.tidtam.org.service.OrgDirectory org;

    private DirectiveFixtures.Draft directive(String subject) {
        return directives.draft(subject, "AG-12-HEAD").text("ให้ดำเนินการและรายงานผลต่อจังหวัด").urgency("URGENT")
                .secrecy("NONE").supporting(List.of(directives.unitOf("DIST-05-CHIEF"))).cadence("WEEKLY")
                .meeting("11/2569", "3.1");
    }

    @Test
    void theGovernorIssuesANumberedDirectiveThatReachesEveryAssignedUnit() {
        ApiClient.Response issued = directives.post(directive("เฝ้าระวังโรคไข้เลือดออก"));

        assertThat(issued.status()).isEqualTo(201);
        int beYear = LocalDate.now(ZoneId.of("Asia/Bangkok")).getYear() + 543;
        assertThat(issued.body().get("number").asText()).matches("\\d+/" + beYear);

        JsonNode detail = api.get("/api/directives/" + issued.body().get("id").asLong(), "governor").body();
        assertThat(detail.get("status").asText()).isEqualTo("SCREENING");
        assertThat(detail.get("parts")).hasSize(2);
        assertThat(detail.get("parts").get(0).get("lead").asBoolean()).isTrue();
        assertThat(detail.get("parts").get(0).get("holderTitleTh").asText()).contains("สาธารณสุข");
        assertThat(detail.get("timeline").get(0).get("kind").asText()).isEqualTo("ISSUED");
        assertThat(detail.get("timeline").get(0).get("capacity").asText()).isEqualTo("HOLDER");
        assertThat(LocalDate.parse(detail.get("dueDate").asText()))
                .isEqualTo(calendar.addWorkingDays(LocalDate.now(ZoneId.of("Asia/Bangkok")), 10));
    }

    @Test
    void theSecretariatIssuesOnTheGovernorsBehalfAndTheRecordSaysSo() {
        ApiClient.Response issued = directives.post("secretary", directive("เตรียมการพิธีวันฉัตรมงคล"));

        assertThat(issued.status()).isEqualTo(201);
        JsonNode detail = api.get("/api/directives/" + issued.body().get("id").asLong(), "governor").body();
        assertThat(detail.get("issuedOnBehalf").asBoolean()).isTrue();
        assertThat(detail.get("timeline").get(0).get("kind").asText()).isEqualTo("ISSUED_ON_BEHALF");
    }

    @Test
    void staffMayNotIssueDirectives() {
        long before = count();

        assertThat(directives.post("staff", directive("ไม่ควรออกได้")).status()).isEqualTo(403);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void topSecretIsRefusedWithAMessageInThaiAndEnglishAndNothingIsStored() {
        DirectiveFixtures.Draft body = directive("เรื่องลับที่สุด").secrecy("TOP_SECRET");
        long before = count();

        ApiClient.Response refused = directives.post(body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("message_th").asText()).contains("ลับที่สุด");
        assertThat(refused.body().get("message_en").asText()).containsIgnoringCase("top secret");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aDueDateInThePastOrOnANonWorkingDayIsRefusedNamingTheNextWorkingDay() {
        DirectiveFixtures.Draft past = directive("กำหนดเสร็จย้อนหลัง")
                .dueOn(LocalDate.now(ZoneId.of("Asia/Bangkok")).minusDays(1));
        assertThat(directives.post(past).status()).isEqualTo(400);

        LocalDate saturday = LocalDate.now(ZoneId.of("Asia/Bangkok")).plusWeeks(2).with(DayOfWeek.SATURDAY);
        ApiClient.Response refused = directives.post(directive("กำหนดเสร็จวันเสาร์").dueOn(saturday));

        assertThat(refused.status()).isEqualTo(400);
        LocalDate next = calendar.nextWorkingDay(saturday);
        assertThat(refused.body().get("message_en").asText()).contains("is not a working day")
                .contains(String.valueOf(next.getDayOfMonth())).contains(String.valueOf(next.getYear() + 543));
    }

    @Test
    void aDirectiveWithoutALeadUnitIsRefused() {
        ApiClient.Response refused = directives.post(directive("ไม่มีหน่วยงานหลัก").without("leadUnitId"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("code").asText()).isEqualTo("directive.error.lead-required");
    }

    @Test
    void thaiEmojiAndMarkupAreStoredAsTextExactlyAsGiven() {
        String subject = "ตรวจสอบ 🚧 <script>alert('x')</script> & \"ถนน\"";
        ApiClient.Response issued = directives.post(directive(subject));

        JsonNode detail = api.get("/api/directives/" + issued.body().get("id").asLong(), "governor").body();
        assertThat(detail.get("subject").asText()).isEqualTo(subject);
    }

    @Test
    void numbersNeverRepeatOrSkipUnderConcurrentIssuing() throws Exception {
        int clients = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<ApiClient.Response>> results = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int n = i;
            Callable<ApiClient.Response> issue = () -> {
                start.await();
                return directives.post(directive("ออกพร้อมกัน " + n));
            };
            results.add(pool.submit(issue));
        }
        start.countDown();
        List<Integer> numbers = new ArrayList<>();
        for (Future<ApiClient.Response> f : results) {
            ApiClient.Response r = f.get();
            assertThat(r.status()).isEqualTo(201);
            numbers.add(Integer.parseInt(r.body().get("number").asText().split("/")[0]));
        }
        pool.shutdown();

        numbers.sort(Integer::compareTo);
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).isEqualTo(clients - 1);
        // numbers run per province: the governor's (a second province may be loaded and numbering its own)
        long province = org.positionByCode("GOVERNOR").orElseThrow().provinceId();
        Integer max = jdbc.queryForObject("select max(running_number) from directive where be_year = ? and province_id = ?",
                Integer.class, LocalDate.now(ZoneId.of("Asia/Bangkok")).getYear() + 543, province);
        Integer rows = jdbc.queryForObject("select count(*) from directive where be_year = ? and province_id = ?",
                Integer.class, LocalDate.now(ZoneId.of("Asia/Bangkok")).getYear() + 543, province);
        assertThat(max).isEqualTo(rows);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from directive", Long.class);
    }
}
