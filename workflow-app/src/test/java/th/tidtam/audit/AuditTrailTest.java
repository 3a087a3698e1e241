package th.tidtam.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import th.tidtam.base.RuleViolation;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.org.UnitKind;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitForm;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.EngineClockTravel;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;

/**
 * The audit trail as an investigator reads it: who changed or saw what, in which position and capacity, when and
 * from which address — and nothing for a change that did not happen.
 */
@IntegrationTest
class AuditTrailTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrgDirectory org;

    @Autowired
    OrgAdministration administration;

    @Autowired
    UserDetailsService users;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EntityManager em;

    @Autowired
    ManagementService management;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    th.tidtam.casework.attachment.CaseAttachments attachments;

    @Autowired
    ApiClient api;

    @Autowired
    DirectiveFixtures directives;

    @AfterEach
    void nobodyLoggedInAndTheRealTime() {
        SecurityContextHolder.clearContext();
        EngineClockTravel.backToNow();
    }

    private AuditRows rows() {
        return new AuditRows(jdbc);
    }

    private long issue(String secrecy, String leadPositionCode) {
        return directives.issue(directives.draft("เรื่องลับทดสอบบันทึกการใช้งาน " + System.nanoTime(), leadPositionCode)
                .text("ข้อความที่ผู้ดูแลระบบไม่ควรเห็น").secrecy(secrecy).dueInWorkingDays(5));
    }

    private void loggedInAs(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    @Test
    void readingASecretDirectiveLeavesAViewRowWithTheReadersPositionCapacityAndAddress() {
        // ลับ: the district chief's post is cleared for ลับ, not ลับมาก (issue 16)
        long id = issue("CONFIDENTIAL", "DIST-11-CHIEF");
        Long chief = org.positionByCode("DIST-11-CHIEF").orElseThrow().id();

        HttpResponse<String> page = AuditRows.get(port, "/api/directives/" + id, "deputy.khlongkhuean", "203.0.113.7");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(AuditRows.get(port, "/api/directives/" + id + "/diagram.svg", "deputy.khlongkhuean", "203.0.113.7")
                .statusCode()).isEqualTo(200);

        List<Map<String, Object>> views = rows().of("Directive", id, "VIEW");
        assertThat(views).hasSize(2);
        Map<String, Object> view = views.get(0);
        assertThat(view.get("username")).isEqualTo("deputy.khlongkhuean");
        assertThat(view.get("position_id")).as("read as the district chief it acts for").isEqualTo(chief);
        assertThat(view.get("position_title")).isEqualTo("นายอำเภอคลองเขื่อน");
        assertThat(view.get("capacity")).isEqualTo("ACTING");
        assertThat(view.get("address")).as("the client behind the proxy").isEqualTo("203.0.113.7");
        assertThat(view.get("secrecy")).isEqualTo("CONFIDENTIAL");
        assertThat((String) view.get("details")).contains("\"what\":\"directive\"");
        assertThat((String) views.get(1).get("details")).contains("\"what\":\"diagram\"");

        // someone the directive is hidden from learns nothing, and leaves no view behind
        assertThat(AuditRows.get(port, "/api/directives/" + id, "district.banpho", "203.0.113.8").statusCode()).isEqualTo(404);
        assertThat(rows().of("Directive", id, "VIEW")).hasSize(2);
    }

    @Test
    void downloadingAFileOfASecretDirectiveIsAViewOfThatFile() {
        long id = issue("CONFIDENTIAL", "DIST-11-CHIEF");
        loggedInAs("governor");
        long file = attachments.add(th.tidtam.directive.service.DirectiveCase.of(id), null, null, "บันทึกลับ.txt", "text/plain",
                new java.io.ByteArrayInputStream("เนื้อหาลับ".getBytes(java.nio.charset.StandardCharsets.UTF_8))).id();
        SecurityContextHolder.clearContext();

        assertThat(AuditRows.get(port, "/api/attachments/" + file, "deputy.khlongkhuean", "203.0.113.10").statusCode())
                .isEqualTo(200);

        List<Map<String, Object>> views = rows().of("CaseAttachment", file, "VIEW");
        assertThat(views).hasSize(1);
        assertThat(views.get(0).get("username")).isEqualTo("deputy.khlongkhuean");
        assertThat(views.get(0).get("secrecy")).isEqualTo("CONFIDENTIAL");
        assertThat(views.get(0).get("address")).isEqualTo("203.0.113.10");
        assertThat((String) views.get(0).get("details")).contains("\"directiveId\":" + id);
        assertThat((String) rows().of("CaseAttachment", file, "CREATE").get(0).get("details"))
                .as("the file's name is the directive's content too").doesNotContain("บันทึกลับ");
    }

    @Test
    void issuingASecretDirectiveIsRecordedWithoutItsText() {
        long id = issue("CONFIDENTIAL", "DIST-11-CHIEF");

        List<Map<String, Object>> created = rows().of("Directive", id, "CREATE");
        assertThat(created).hasSize(1);
        Map<String, Object> row = created.get(0);
        assertThat(row.get("username")).isEqualTo("governor");
        assertThat(row.get("position_title")).isEqualTo("ผู้ว่าราชการจังหวัดฉะเชิงเทรา");
        assertThat(row.get("capacity")).isEqualTo("HOLDER");
        assertThat(row.get("address")).isNotNull();
        assertThat(row.get("secrecy")).isEqualTo("CONFIDENTIAL");
        String details = (String) row.get("details");
        assertThat(details).contains("\"secrecy\":\"CONFIDENTIAL\"").contains("\"subject\":\"[classified]\"");
        assertThat(details).doesNotContain("ไม่ควรเห็น").doesNotContain("เรื่องลับทดสอบ");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where object_type = 'DirectivePart'"
                + " and secrecy = 'CONFIDENTIAL' and details like ?", Long.class, "%\"directiveId\":" + id + "%"))
                .as("its part carries the directive's secrecy").isEqualTo(1L);
    }

    @Test
    void readingAnOrdinaryDirectiveIsNotAViewOfAClassifiedOne() {
        long id = issue("NONE", "DIST-11-CHIEF");

        assertThat(AuditRows.get(port, "/api/directives/" + id, "deputy.khlongkhuean", "203.0.113.9").statusCode())
                .isEqualTo(200);

        assertThat(rows().of("Directive", id, "VIEW")).isEmpty();
        assertThat(rows().of("Directive", id, "CREATE")).hasSize(1);
    }

    @Test
    void changingAUnitRecordsTheOldAndTheNewValueAndWhoChangedIt() {
        UnitSummary unit = new OrgFixtures(administration).unit("AUDIT");
        loggedInAs("admin");

        administration.updateUnit(unit.id(), new UnitForm(unit.code(), "ชื่อใหม่ของหน่วย", unit.nameEn(),
                UnitKind.SUB_UNIT, null));

        List<Map<String, Object>> updates = rows().of("OrgUnit", unit.id(), "UPDATE");
        assertThat(updates).hasSize(1);
        Map<String, Object> row = updates.get(0);
        assertThat(row.get("username")).isEqualTo("admin");
        assertThat(row.get("position_title")).isEqualTo("ผู้ดูแลระบบ");
        assertThat(row.get("capacity")).isEqualTo("HOLDER");
        assertThat((String) row.get("details")).isEqualTo("{\"nameTh\":[\"หน่วยทดสอบ AUDIT\",\"ชื่อใหม่ของหน่วย\"]}");
        assertThat(row.get("secrecy")).isNull();
        assertThat(rows().of("OrgUnit", unit.id(), "CREATE")).as("its creation too").hasSize(1);
    }

    @Test
    void aRolledBackOrRefusedChangeLeavesNoRow() {
        UnitSummary unit = new OrgFixtures(administration).unit("ROLLBACK");
        loggedInAs("admin");

        tx.executeWithoutResult(status -> {
            administration.updateUnit(unit.id(), new UnitForm(unit.code(), "ชื่อที่ไม่เคยบันทึก", unit.nameEn(),
                    UnitKind.SUB_UNIT, null));
            em.flush();
            assertThat(rows().of("OrgUnit", unit.id(), "UPDATE")).as("written with the change, in its transaction")
                    .hasSize(1);
            status.setRollbackOnly();
        });
        assertThat(rows().of("OrgUnit", unit.id(), "UPDATE")).isEmpty();

        assertThatThrownBy(() -> administration.updateUnit(unit.id(),
                new UnitForm(unit.code(), " ", unit.nameEn(), UnitKind.SUB_UNIT, null)))
                .isInstanceOf(RuleViolation.class);
        assertThat(rows().of("OrgUnit", unit.id(), "UPDATE")).isEmpty();
    }

    @Test
    void anEscalationByTheEngineClockIsRecordedAsTheSystemWithNoAddress() {
        long id = directives.issueScreened(directives.draft("ติดตามบันทึกการใช้งาน " + System.nanoTime(), "AG-12-HEAD")
                .cadence("NONE").dueInWorkingDays(3));
        String ack = api.taskOf("agency.health", id, "acknowledgePart");
        assertThat(api.post("/api/tasks/" + ack + "/complete", "agency.health",
                Map.of("delegateTo", org.positionByCode("AG-HEALTH-CDC-OFFICER").orElseThrow().id())).status()).isEqualTo(204);
        var directive = api.get("/api/directives/" + id, "governor").body();
        long partId = directive.get("parts").get(0).get("id").asLong();
        LocalDate due = LocalDate.parse(directive.get("parts").get(0).get("dueDate").asText());

        EngineClockTravel.morningCheck(management, directive.get("processInstanceId").asText(),
                calendar.addWorkingDays(due, 1));

        List<Map<String, Object>> escalated = rows().of("DirectivePart", partId, "UPDATE").stream()
                .filter(r -> ((String) r.get("details")).contains("\"escalationLevel\":[0,1]")).toList();
        assertThat(escalated).hasSize(1);
        assertThat(escalated.get(0).get("username")).isEqualTo("ระบบ");
        assertThat(escalated.get(0).get("address")).isNull();
        assertThat(escalated.get(0).get("position_id")).isNull();
        // while the acknowledgement before it was the agency head's, over HTTP
        assertThat(rows().of("DirectivePart", partId, "UPDATE")).anySatisfy(r -> {
            assertThat(r.get("username")).isEqualTo("agency.health");
            assertThat(r.get("address")).isNotNull();
        });
    }

    @Test
    void aLoginAFailedLoginAndABasicFailureAreRecordedWithTheAddress() {
        long before = rows().lastId();

        HttpResponse<String> ok = AuditRows.postForm(port, "/login", "username=staff&password=demo", "198.51.100.23");
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(ok.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String stranger = "nobody." + System.nanoTime();
        HttpResponse<String> bad = AuditRows.postForm(port, "/login", "username=" + stranger + "&password=guess",
                "198.51.100.24");
        assertThat(bad.headers().firstValue("Location").orElse("")).contains("error");
        assertThat(AuditRows.get(port, "/api/directives", "staff", "198.51.100.25").statusCode()).isEqualTo(200);
        assertThat(AuditRows.get(port, "/api/directives", stranger, "198.51.100.26").statusCode()).isEqualTo(401);

        List<Map<String, Object>> logins = rows().byUser("staff", "LOGIN", before);
        assertThat(logins).as("one login; the Basic call is not a login").hasSize(1);
        assertThat(logins.get(0).get("address")).isEqualTo("198.51.100.23");
        assertThat(logins.get(0).get("position_id")).isNotNull();
        List<Map<String, Object>> failures = rows().byUser(stranger, "LOGIN_FAILED", before);
        assertThat(failures).extracting(r -> r.get("address")).containsExactly("198.51.100.24", "198.51.100.26");
        assertThat(failures).allSatisfy(r -> assertThat((String) r.get("details")).doesNotContain("guess").doesNotContain("demo"));
    }
}
