package th.tidtam.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tidtam.support.IntegrationTest;

/** A fresh demo shows a living province: the customer's example directives in every stage of their follow-up. */
@IntegrationTest
class DemoDirectivesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theExampleDirectivesAreLoadedInEveryStageFromScreeningToClosed() {
        List<String> statuses = jdbc.queryForList(
                "select distinct status from directive where subject in ('กำจัดผักตบชวาในแม่น้ำบางปะกง',"
                        + " 'ตั้งจุดตรวจและจุดบริการประชาชนช่วงสงกรานต์', 'เตรียมการจัดพิธีเฉลิมพระเกียรติวันฉัตรมงคล',"
                        + " 'จัดระเบียบการค้าขายบริเวณวัดโสธรวรารามวรวิหาร', 'รายงานการเบิกจ่ายงบประมาณและภาวะเศรษฐกิจการคลังจังหวัด')",
                String.class);

        assertThat(statuses).containsExactlyInAnyOrder("IN_PROGRESS", "CLOSED", "RETURNED_TO_GOVERNOR",
                "CLOSURE_PROPOSED", "SCREENING");
        Long ownedByAllDistricts = jdbc.queryForObject("""
                select count(distinct p.unit_id) from directive_part p join directive d on d.id = p.directive_id
                  join org_unit u on u.id = p.unit_id
                 where d.subject = 'ตั้งจุดตรวจและจุดบริการประชาชนช่วงสงกรานต์' and u.kind = 'DISTRICT'
                """, Long.class);
        assertThat(ownedByAllDistricts).as("all 11 districts take part").isEqualTo(11L);
        Long onBehalf = jdbc.queryForObject("select count(*) from directive where issued_on_behalf", Long.class);
        assertThat(onBehalf).as("some were issued by the secretariat on the governor's behalf").isPositive();
    }

    @Test
    void someWorkIsOverdueAndEscalatedSomeDelegatedWithAReportAwaitingReview() {
        Long overdue = jdbc.queryForObject("select count(*) from directive_part where status <> 'DONE' and due_date < curdate()",
                Long.class);
        assertThat(overdue).as("overdue parts").isPositive();
        List<Integer> levels = jdbc.queryForList("select distinct escalation_level from directive_part where escalation_level > 0",
                Integer.class);
        assertThat(levels).as("escalated up the chain, some as far as the governor").contains(2);
        Long chasing = jdbc.queryForObject("""
                select count(*) from work_item w join work_item_group g on g.task_id = w.task_id
                 where w.task_definition_key = 'followUpEscalation' and g.group_code in ('GOVERNOR', 'VICE-GOVERNOR-1', 'VICE-GOVERNOR-2')
                """, Long.class);
        assertThat(chasing).as("the governor's and vice governors' inboxes hold late work to chase").isPositive();
        Long pendingReview = jdbc.queryForObject("""
                select count(*) from progress_report r join directive_part p on p.id = r.part_id
                 where r.review_state = 'PENDING' and p.worker_position_id is not null
                """, Long.class);
        assertThat(pendingReview).as("a delegated part's progress report waits for its reviewer").isPositive();
        Long escalatedInThePast = jdbc.queryForObject(
                "select count(*) from case_event where case_type = 'DIRECTIVE' and kind = 'ESCALATED' and occurred_at < current_date()", Long.class);
        assertThat(escalatedInThePast).as("the escalations happened on their own days, not all at load time").isPositive();
    }
}
