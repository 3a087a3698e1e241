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
}
