package th.tidtam.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.dashboard.service.PartSummary;
import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;

/**
 * The per-day summary of parts ({@code part_day}, kept by triggers) must equal a direct grouping of the parts after
 * every kind of change: issue, screening, acknowledgement, a wait on another agency started and ended, an extension
 * granted, final reports, a further round (parts reopened), closure, a part moved to another unit, a directive's class
 * changed, and parts deleted by plain SQL.
 */
@IntegrationTest
class PartSummaryFollowsEveryChangeTest {

    @Autowired
    ApiClient api;
    @Autowired
    DirectiveFixtures directives;
    @Autowired
    PartSummary summary;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkingCalendar calendar;

    private void inStep(String after) {
        assertThat(summary.differencesFromTheParts()).as("summary against the parts after " + after).isEmpty();
    }

    private void complete(String user, long id, String kind, Map<String, Object> body) {
        String task = api.taskOf(user, id, kind);
        assertThat(task).as(user + " has " + kind).isNotNull();
        ApiClient.Response r = api.post("/api/tasks/" + task + "/complete", user, body);
        assertThat(r.status()).as(r.raw()).isEqualTo(204);
    }

    @Test
    void theSummaryEqualsTheGroupedPartsAfterEveryStepOfALifecycle() {
        long health = directives.unitOf("AG-12-HEAD");
        long banpho = directives.unitOf("DIST-05-CHIEF");
        long publicWorks = directives.unitOf("AG-08-HEAD");
        long irrigation = directives.unitOf("AG-27-HEAD");
        inStep("the demo data");

        long id = directives.issue(directives.draft("สรุปรายวัน " + System.nanoTime(), health).text("ทดสอบ")
                .urgency("URGENT").supporting(List.of(banpho, publicWorks)).dueInWorkingDays(10));
        inStep("issue");
        complete("head", id, "screenDirective", Map.of("outcome", "CONFIRM"));
        complete("agency.health", id, "acknowledgePart", Map.of());
        complete("district.banpho", id, "acknowledgePart", Map.of());
        complete("agency.publicworks", id, "acknowledgePart", Map.of());
        inStep("acknowledgements");

        String work = api.taskOf("agency.publicworks", id, "reportOnPart");
        assertThat(api.post("/api/tasks/" + work + "/waiting", "agency.publicworks",
                Map.of("unitId", irrigation, "reason", "รอข้อมูล")).status()).isEqualTo(204);
        inStep("a wait started");
        assertThat(api.delete("/api/tasks/" + work + "/waiting", "agency.publicworks").status()).isEqualTo(204);
        inStep("a wait ended");

        String report = api.taskOf("agency.health", id, "reportOnPart");
        LocalDate later = calendar.addWorkingDays(calendar.today(), 20);
        assertThat(api.post("/api/tasks/" + report + "/extension", "agency.health",
                Map.of("reason", "รองบประมาณ", "dueDate", later.toString())).status()).isEqualTo(202);
        complete("head", id, "decideExtension", Map.of("outcome", "GRANT"));
        inStep("an extension granted");

        complete("agency.health", id, "reportOnPart", Map.of("note", "เสร็จแล้ว"));
        complete("district.banpho", id, "reportOnPart", Map.of("note", "เสร็จแล้ว"));
        complete("agency.publicworks", id, "reportOnPart", Map.of("note", "เสร็จแล้ว"));
        inStep("final reports");
        complete("head", id, "checkEvidence", Map.of());
        complete("governor", id, "decideClosure", Map.of("outcome", "FURTHER_ACTION", "note", "อีกหนึ่งรอบ",
                "unitIds", List.of(banpho), "dueDate", calendar.addWorkingDays(calendar.today(), 5).toString()));
        inStep("a further round");
        complete("district.banpho", id, "acknowledgePart", Map.of());
        complete("district.banpho", id, "reportOnPart", Map.of("note", "รอบสองเสร็จ"));
        complete("head", id, "checkEvidence", Map.of());
        complete("governor", id, "decideClosure", Map.of("outcome", "CLOSE"));
        inStep("closure");

        // the changes no service makes today, by plain SQL: the triggers keep up all the same (undone at the end, so
        // that no other test meets a directive in a state the services never make)
        long other = directives.issue(directives.draft("สรุปรายวัน ย้าย " + System.nanoTime(), health)
                .supporting(List.of(banpho)));
        Map<String, Object> before = jdbc.queryForMap("select status, secrecy, urgency from directive where id = ?", other);
        String partStatus = jdbc.queryForObject("select min(status) from directive_part where directive_id = ?", String.class, other);
        jdbc.update("update directive_part set unit_id = ? where directive_id = ? and unit_id = ?", publicWorks, other, banpho);
        inStep("a part moved to another unit");
        jdbc.update("update directive set secrecy = 'CONFIDENTIAL', urgency = 'MOST_URGENT' where id = ?", other);
        inStep("the directive's class and urgency changed");
        jdbc.update("update directive set status = 'SUPERSEDED' where id = ?", other);
        inStep("the directive superseded");
        jdbc.update("update directive set status = 'IN_PROGRESS' where id = ?", other);
        inStep("the directive back in progress");
        jdbc.update("update directive_part set status = 'DONE', finished_at = now() where directive_id = ?", other);
        inStep("parts finished by SQL");
        jdbc.update("""
                insert into directive_part (directive_id, unit_id, lead, round, holder_position_id, status, due_date,
                                            original_due_date)
                select directive_id, ?, false, 9, holder_position_id, 'ACKNOWLEDGED', due_date, original_due_date
                  from directive_part where directive_id = ? and lead
                """, irrigation, other);
        inStep("a part inserted by SQL");
        jdbc.update("delete from directive_part where directive_id = ? and round = 9", other);
        inStep("a part deleted");
        jdbc.update("update directive_part set status = ?, finished_at = null where directive_id = ?", partStatus, other);
        jdbc.update("update directive_part set unit_id = ? where directive_id = ? and not lead", banpho, other);
        jdbc.update("update directive set status = ?, secrecy = ?, urgency = ? where id = ?", before.get("status"),
                before.get("secrecy"), before.get("urgency"), other);
        inStep("everything undone");

        summary.rebuild();
        inStep("a rebuild");
        assertThat(jdbc.queryForObject("select count(*) from part_day where parts = 0", Long.class))
                .as("a rebuild drops the rows fallen to 0").isZero();
    }
}
