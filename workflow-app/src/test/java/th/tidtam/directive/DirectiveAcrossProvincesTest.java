package th.tidtam.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.springframework.security.core.context.SecurityContextHolder;

import org.springframework.security.core.userdetails.UserDetailsService;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.casework.CaseRef;
import th.tidtam.casework.attachment.CaseAttachments;
import th.tidtam.demo.SecondProvinceDemoData;
import th.tidtam.directive.service.DirectiveBoard;
import th.tidtam.directive.service.DirectiveCase;
import th.tidtam.directive.service.DirectiveQueries;
import th.tidtam.directive.service.FollowUpSource;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;

/**
 * Provinces as tenants (issue 18) for directives: a directive of Chachoengsao (A) does not exist for anyone of Prachin
 * Buri (B) — by id, through its parts, files, discussion and diagram, in lists, the board and the follow-up report —
 * and the other way round; each province numbers its own directives, routes their screening to its own office and
 * assigns only its own units.
 */
@IntegrationTest
class DirectiveAcrossProvincesTest {

    /** Province B's governor (sees everything of B), head of office (the same) and an officer on no route. */
    static final List<String> PROVINCE_B = List.of(SecondProvinceDemoData.GOVERNOR, SecondProvinceDemoData.HEAD,
            SecondProvinceDemoData.STAFF);

    @Autowired
    ApiClient api;

    @Autowired
    DirectiveFixtures directives;

    @Autowired
    SecondProvinceDemoData secondProvince;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    DirectiveQueries queries;

    @Autowired
    DirectiveBoard board;

    @Autowired
    FollowUpSource followUp;

    @Autowired
    CaseAttachments attachments;

    @BeforeEach
    void provinceB() {
        secondProvince.ensureLoaded(org.today());
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private long issueInA(String subject) {
        return directives.issueScreened(directives.draft(subject, "AG-12-HEAD").text("ให้สาธารณสุขจังหวัดดำเนินการ")
                .dueInWorkingDays(10));
    }

    private void signIn(String login) {
        th.tidtam.support.SignIn.as(users, login);
    }

    private long provinceOf(String positionCode) {
        return org.positionByCode(positionCode).orElseThrow().provinceId();
    }

    private int lastNumber(long provinceId, int beYear) {
        return jdbc.queryForObject("select coalesce(max(running_number), 0) from directive where province_id = ? and be_year = ?",
                Integer.class, provinceId, beYear);
    }

    @Test
    void aDirectiveOfProvinceAIsNotFoundInProvinceBByIdNorThroughItsPartsFilesDiscussionOrDiagram() {
        long id = issueInA("ข้ามจังหวัด รายการเดียว " + System.nanoTime());
        String ackTask = api.taskOf("agency.health", id, "acknowledgePart");
        assertThat(ackTask).as("the agency's part waits to be acknowledged").isNotNull();
        signIn("governor");
        long fileId = attachments.add(CaseRef.of(DirectiveCase.TYPE, id), null, null, "หลักฐาน.txt", "text/plain",
                "หลักฐาน".getBytes(StandardCharsets.UTF_8)).id();
        SecurityContextHolder.clearContext();

        List<String> paths = List.of("/api/directives/" + id, "/api/directives/" + id + "/attachments",
                "/api/attachments/" + fileId, "/api/directives/" + id + "/diagram.svg",
                "/api/cases/DIRECTIVE/" + id + "/comments", "/api/cases/DIRECTIVE/" + id + "/mention-candidates?q=",
                "/api/tasks/" + ackTask);
        // the same reads answer province A: a path that 404s for everyone would prove nothing
        assertThat(api.get("/api/directives/" + id, "governor").status()).isEqualTo(200);
        assertThat(api.get("/api/attachments/" + fileId, "governor").status()).isEqualTo(200);
        assertThat(api.get("/api/cases/DIRECTIVE/" + id + "/comments", "governor").status()).isEqualTo(200);
        assertThat(api.get("/api/tasks/" + ackTask, "agency.health").status()).isEqualTo(200);
        for (String user : PROVINCE_B) {
            for (String path : paths) {
                assertThat(api.get(path, user).status()).as(user + " GET " + path).isEqualTo(404);
            }
            assertThat(api.post("/api/cases/DIRECTIVE/" + id + "/comments", user, Map.of("body", "เห็นด้วย")).status())
                    .as(user + " comments").isEqualTo(404);
            assertThat(api.post("/api/tasks/" + ackTask + "/complete", user, Map.of()).status())
                    .as(user + " acts on A's part").isEqualTo(404);
        }
    }

    @Test
    void listsSearchTheBoardTheFollowUpReportAndMyWorkOfProvinceBHoldNothingOfProvinceA() {
        String subject = "ข้ามจังหวัด ค้นหา " + System.nanoTime();
        long id = issueInA(subject);
        String q = "?limit=200&q=" + java.net.URLEncoder.encode(subject, StandardCharsets.UTF_8);
        assertThat(api.get("/api/directives" + q, "governor").body().get("items").findValuesAsText("id"))
                .contains(String.valueOf(id));

        for (String user : PROVINCE_B) {
            assertThat(api.get("/api/directives" + q, user).body().get("total").asLong()).as(user + " searching").isZero();
            assertThat(api.get("/api/directives?limit=200", user).body().get("items").findValuesAsText("id"))
                    .as(user + " listing").doesNotContain(String.valueOf(id));
            for (JsonNode task : api.get("/api/tasks?limit=500", user).body()) {
                assertThat(task.path("directiveId").asLong()).as(user + "'s work").isNotEqualTo(id);
            }
            signIn(user);
            assertThat(board.openDirectives()).as(user + "'s board").noneMatch(r -> r.directive().id() == id);
            assertThat(followUp.openOrClosedWithin(org.positionsFilled(org.person(user).orElseThrow().id()), null, Instant.now().plusSeconds(60), null))
                    .as(user + "'s follow-up report").noneMatch(d -> d.id() == id);
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void provinceBNumbersItsDirectivesFromOneAndScreensThemInItsOwnOfficeWhileProvinceAGoesOn() {
        long a = provinceOf("GOVERNOR");
        long b = provinceOf("PRI-GOVERNOR");
        long first = issueInA("เลขที่ของจังหวัด ก " + System.nanoTime());
        int beYear = Integer.parseInt(directives.detail(first).get("number").asText().split("/")[1]);
        int lastOfA = lastNumber(a, beYear);
        int lastOfB = lastNumber(b, beYear);

        ApiClient.Response issued = directives.post(SecondProvinceDemoData.GOVERNOR,
                directives.draft("ข้อสั่งการแรกของปราจีนบุรี", "PRI-AG-HEALTH-HEAD").text("ดำเนินการ").dueInWorkingDays(10)
                        .with("allDistricts", true));
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        long inB = issued.body().get("id").asLong();
        assertThat(issued.body().get("number").asText()).isEqualTo((lastOfB + 1) + "/" + beYear);
        if (lastOfB == 0) {
            assertThat(issued.body().get("number").asText()).isEqualTo("1/" + beYear);
        }
        long next = issueInA("เลขที่ของจังหวัด ก ต่อไป " + System.nanoTime());
        assertThat(directives.detail(next).get("number").asText()).isEqualTo((lastOfA + 1) + "/" + beYear);

        // "all districts" are the province's own: B's one district, none of A's
        JsonNode detail = api.get("/api/directives/" + inB, SecondProvinceDemoData.GOVERNOR).body();
        assertThat(detail.get("parts").findValuesAsText("unitId")).containsExactly(
                String.valueOf(directives.unitOf("PRI-AG-HEALTH-HEAD")), String.valueOf(directives.unitOf("PRI-DIST-01-CHIEF")));
        // screened by B's head of office, not A's
        assertThat(api.taskOf(SecondProvinceDemoData.HEAD, inB, "screenDirective")).isNotNull();
        assertThat(api.taskOf("head", inB, "screenDirective")).isNull();
        // and the other way round: A knows nothing of B's directive
        for (String user : List.of("governor", "head", "staff")) {
            assertThat(api.get("/api/directives/" + inB, user).status()).as(user).isEqualTo(404);
        }
    }

    @Test
    void aProvinceBIssuerNamingAUnitOfProvinceAIsToldThereIsNoSuchUnit() {
        long unitOfA = directives.unitOf("AG-12-HEAD");
        ApiClient.Response lead = directives.post(SecondProvinceDemoData.GOVERNOR,
                directives.draft("หน่วยงานต่างจังหวัด", unitOfA).text("ดำเนินการ").dueInWorkingDays(5));
        ApiClient.Response supporting = directives.post(SecondProvinceDemoData.GOVERNOR,
                directives.draft("หน่วยงานต่างจังหวัด", "PRI-AG-HEALTH-HEAD").text("ดำเนินการ").dueInWorkingDays(5)
                        .supporting(List.of(unitOfA)));
        ApiClient.Response noSuchUnit = directives.post(SecondProvinceDemoData.GOVERNOR,
                directives.draft("หน่วยงานที่ไม่มี", 987654321L).text("ดำเนินการ").dueInWorkingDays(5));

        for (ApiClient.Response refused : List.of(lead, supporting)) {
            assertThat(refused.status()).as(refused.raw()).isEqualTo(noSuchUnit.status()).isEqualTo(400);
            assertThat(refused.body().get("title").asText())
                    .isEqualTo(noSuchUnit.body().get("title").asText().replace("987,654,321", String.valueOf(unitOfA))
                            .replace("987654321", String.valueOf(unitOfA)));
        }
    }

    @Test
    void theDirectiveScreenOfAProvinceADirectiveIsNotFoundForAProvinceBUser() {
        long id = issueInA("ข้ามจังหวัด หน้าจอ " + System.nanoTime());
        // DirectiveView.beforeEnter answers "not found" exactly when this is empty (queries.detail(id).orElseThrow)
        signIn("governor");
        assertThat(queries.detail(id)).isPresent();
        for (String user : PROVINCE_B) {
            signIn(user);
            assertThat(queries.detail(id)).as(user).isEmpty();
        }
    }
}
