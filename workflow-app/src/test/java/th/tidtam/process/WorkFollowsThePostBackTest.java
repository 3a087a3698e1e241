package th.tidtam.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.org.PositionRole;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionForm;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;

/**
 * Work follows the post back (issue 16): work sent up to a superior while a unit head's post was vacant returns to the
 * post when somebody starts acting in it — a directive part and a memo that had skipped the vacant level — with both
 * positions on the case's timeline, while the superior's own work stays with the superior.
 */
@IntegrationTest
class WorkFollowsThePostBackTest {

    @Autowired
    ApiClient api;
    @Autowired
    OrgAdministration admin;
    @Autowired
    OrgDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    /** A superior's unit with its head (filled), a unit below whose head's post is vacant, and an officer there. */
    private record Chain(OrgFixtures fx, UnitSummary superiorUnit, PositionSummary superior, String superiorLogin,
            UnitSummary vacantUnit, PositionSummary vacant, String officerLogin) {
    }

    private Chain chain() {
        OrgFixtures fx = new OrgFixtures(admin);
        Long governor = directory.positionByCode("GOVERNOR").orElseThrow().id();
        UnitSummary upper = fx.unit("UPPER");
        PositionSummary superior = admin.createPosition(new PositionForm(fx.code("UPPER-HEAD"), "ผู้อำนวยการทดสอบสายงาน",
                "Test upper director", upper.id(), governor, true, PositionRole.STAFF, null));
        UnitSummary lower = fx.unit("LOWER", upper.id());
        PositionSummary vacant = admin.createPosition(new PositionForm(fx.code("LOWER-HEAD"), "หัวหน้าฝ่ายทดสอบที่ว่าง",
                "Test section head (vacant)", lower.id(), superior.id(), true, PositionRole.STAFF, null));
        PositionSummary officerPost = fx.position("LOWER-OFFICER", lower.id(), vacant.id());
        PersonSummary boss = fx.person("boss");
        PersonSummary officer = fx.person("officer");
        fx.hold(superior.id(), boss.id(), directory.today().minusYears(1));
        fx.hold(officerPost.id(), officer.id(), directory.today().minusYears(1));
        return new Chain(fx, upper, superior, login(boss), lower, vacant, login(officer));
    }

    @Test
    void aVacancysWorkReturnsToThePostWhenSomeoneStartsActingAndTheSuperiorsOwnWorkStays() {
        Chain c = chain();
        long forVacancy = api.issueScreened("งานของฝ่ายที่ว่าง " + System.nanoTime(), c.vacantUnit().id(), "NONE", 10);
        long superiorsOwn = api.issueScreened("งานของผู้อำนวยการเอง " + System.nanoTime(), c.superiorUnit().id(), "NONE", 10);
        long memo = submittedMemo(c);

        String partTask = api.taskOf(c.superiorLogin(), forVacancy, "acknowledgePart");
        String ownTask = api.taskOf(c.superiorLogin(), superiorsOwn, "acknowledgePart");
        String memoTask = memoTask(c.superiorLogin(), memo);
        assertThat(List.of(partTask, ownTask, memoTask)).as("while the post is vacant the superior has all three")
                .doesNotContainNull();
        assertThat(meantFor(partTask)).containsExactly(c.vacant().code(), c.superior().code());
        assertThat(meantFor(memoTask)).containsExactly(c.vacant().code(), c.superior().code());
        assertThat(meantFor(ownTask)).containsExactly(null, null);

        PersonSummary acting = c.fx().person("acting");
        c.fx().act(c.vacant().id(), acting.id(), directory.today(), directory.today().plusMonths(3));
        String actingLogin = login(acting);

        assertThat(api.taskOf(actingLogin, forVacancy, "acknowledgePart")).as("the part's task went back").isEqualTo(partTask);
        assertThat(api.taskOf(c.superiorLogin(), forVacancy, "acknowledgePart")).isNull();
        assertThat(memoTask(actingLogin, memo)).as("the memo's task went back to the level it skipped").isEqualTo(memoTask);
        assertThat(memoTask(c.superiorLogin(), memo)).isNull();
        assertThat(api.taskOf(c.superiorLogin(), superiorsOwn, "acknowledgePart")).as("the superior's own work stays")
                .isEqualTo(ownTask);
        assertThat(api.taskOf(actingLogin, superiorsOwn, "acknowledgePart")).isNull();
        assertThat(meantFor(partTask)).containsExactly(null, null);

        assertThat(jdbc.queryForObject("select holder_position_id from directive_part where directive_id = ?", Long.class,
                forVacancy)).as("the part's holder follows").isEqualTo(c.vacant().id());
        assertThat(api.get("/api/memos/" + memo, actingLogin).body().get("atPositionId").asLong())
                .as("the memo waits at the level again").isEqualTo(c.vacant().id());
        assertReturnedOnTheTimeline("DIRECTIVE", forVacancy);
        assertReturnedOnTheTimeline("MEMO", memo);
        assertThat(api.get("/api/directives/" + forVacancy, "governor").body().get("timeline").findValuesAsText("kind"))
                .contains("WORK_RETURNED");
        assertThat(jdbc.queryForObject("select count(*) from case_event where case_type = 'DIRECTIVE' and case_id = ?"
                + " and kind = 'WORK_RETURNED'", Long.class, superiorsOwn)).isZero();

        // the post's next work goes to the post itself, and the acting head can do it
        assertThat(api.post("/api/tasks/" + partTask + "/complete", actingLogin, Map.of()).status()).isEqualTo(204);
        assertThat(api.taskOf(actingLogin, forVacancy, "reportOnPart")).isNotNull();
    }

    private void assertReturnedOnTheTimeline(String caseType, long caseId) {
        List<String> details = jdbc.queryForList("select detail from case_event where case_type = ? and case_id = ?"
                + " and kind = 'WORK_RETURNED'", String.class, caseType, caseId);
        assertThat(details).as(caseType + " timeline names both positions").singleElement()
                .satisfies(d -> assertThat(d).contains("ผู้อำนวยการทดสอบสายงาน").contains("หัวหน้าฝ่ายทดสอบที่ว่าง"));
    }

    /** The officer drafts a memo to the superior and sends it: it skips the vacant level and waits at the superior. */
    private long submittedMemo(Chain c) {
        Map<String, Object> body = new HashMap<>();
        body.put("agency", "หน่วยทดสอบ โทร. 0 3851 1234");
        body.put("referenceNo", "ทส 1/" + System.nanoTime() % 10000);
        body.put("subject", "ขอความเห็นชอบ (ทดสอบตำแหน่งว่าง)");
        body.put("body", "จึงเรียนมาเพื่อโปรดพิจารณา");
        body.put("purpose", "CONSIDERATION");
        body.put("matter", "GENERAL");
        body.put("secrecy", "NONE");
        body.put("addresseePositionId", c.superior().id());
        ApiClient.Response drafted = api.post("/api/memos", c.officerLogin(), body);
        assertThat(drafted.status()).as(drafted.raw()).isEqualTo(201);
        long id = drafted.body().get("id").asLong();
        ApiClient.Response sent = api.post("/api/memos/" + id + "/submit", c.officerLogin(), Map.of());
        assertThat(sent.status()).as(sent.raw()).isEqualTo(200);
        return id;
    }

    private String memoTask(String user, long memoId) {
        for (JsonNode t : api.get("/api/tasks?limit=500", user).body()) {
            if (t.path("memoId").asLong() == memoId && t.get("taskDefinitionKey").asText().equals("annotateMemo")) {
                return t.get("taskId").asText();
            }
        }
        return null;
    }

    private List<String> meantFor(String taskId) {
        return jdbc.queryForObject("select meant_for_group, covering_group from work_item where task_id = ?",
                (rs, i) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2)), taskId);
    }

    private static String login(PersonSummary p) {
        return p.username() + ":" + OrgFixtures.PASSWORD;
    }
}
