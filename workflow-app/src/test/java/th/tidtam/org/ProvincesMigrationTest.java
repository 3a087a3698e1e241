package th.tidtam.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.zaxxer.hikari.HikariDataSource;

import th.tidtam.support.IntegrationTest;

/**
 * V39 on an installation of one province, as every installation was before issue 18: its PROVINCE root becomes
 * province TH-24, every unit under it, its people, its cases and its number series belong to it, the system's own unit
 * and administrator to none; rows written afterwards without a province (plain SQL, a bulk load) get the only
 * province, and once a second province exists such a row is refused rather than guessed. Runs in a database of its
 * own on the test server.
 */
@IntegrationTest
class ProvincesMigrationTest {

    private static final Pattern URL = Pattern.compile("(jdbc:mariadb://[^/]+/)([^?]+)(.*)");

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    private final String database = "tidtam_v39_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @AfterEach
    void dropTheDatabase() {
        jdbc.execute("drop database if exists `" + database + "`");
    }

    @Test
    void aSingleProvinceInstallationMigratesWithItsDataAndNeedsNoSetting() {
        jdbc.execute("create database `" + database + "` character set utf8mb4 collate utf8mb4_unicode_ci");
        Matcher url = URL.matcher(dataSource.getJdbcUrl());
        assertThat(url.matches()).as(dataSource.getJdbcUrl()).isTrue();
        SingleConnectionDataSource db = new SingleConnectionDataSource(url.group(1) + database + url.group(3),
                dataSource.getUsername(), dataSource.getPassword(), true);
        try {
            flyway(db).target("38").load().migrate();
            JdbcTemplate old = new JdbcTemplate(db);
            old.update("insert into org_unit (id, code, name_th, name_en, kind, parent_id) values "
                    + "(100, 'CCS', 'จังหวัดฉะเชิงเทรา', 'Chachoengsao Province', 'PROVINCE', null), "
                    + "(101, 'PAO-OFFICE', 'สำนักงานจังหวัดฉะเชิงเทรา', 'Provincial Office', 'PROVINCIAL_OFFICE', 100), "
                    + "(102, 'GRP-ADMIN', 'กลุ่มงานอำนวยการ', 'Administration', 'OFFICE_GROUP', 101)");
            old.update("insert into org_position (id, code, title_th, title_en, unit_id, role) values "
                    + "(200, 'GOVERNOR', 'ผู้ว่าราชการจังหวัด', 'Governor', 100, 'GOVERNOR'), "
                    + "(201, 'GRP-ADMIN-DIR', 'ผู้อำนวยการกลุ่มงานอำนวยการ', 'Director', 102, 'STAFF')");
            old.update("insert into person (id, username, password_hash, full_name_th, full_name_en) values "
                    + "(300, 'governor', 'x', 'นายผู้ว่า', 'Governor'), (301, 'admin', 'x', 'ผู้ดูแล', 'Admin'), "
                    + "(302, 'newcomer', 'x', 'นายใหม่ 😀', 'Newcomer')");
            old.update("insert into position_assignment (position_id, person_id, kind, valid_from) values "
                    + "(200, 300, 'HOLDER', '2025-10-01'), "
                    + "((select id from org_position where code = 'SYS-ADMIN'), 301, 'HOLDER', '2025-10-01')");
            old.execute("set foreign_key_checks = 0");
            old.update("insert into directive (id, be_year, running_number, number, subject, body, source_kind, urgency,"
                    + " secrecy, due_date, cadence, status, issued_at, issued_by_person_id, issued_by_position_id,"
                    + " issued_capacity, lead_unit_id) values (7, 2569, 27, '27/2569', 'เร่งรัดเบิกจ่าย', 'ข้อความ',"
                    + " 'ANNOTATION', 'NORMAL', 'NONE', '2026-12-30', 'NONE', 'ISSUED', now(), 300, 200, 'HOLDER', 102)");
            old.execute("set foreign_key_checks = 1");
            old.update("insert into number_series (series, period, last_number) values ('DIRECTIVE', 2569, 27)");

            flyway(db).load().migrate();

            JdbcTemplate now = new JdbcTemplate(db);
            Long province = now.queryForObject("select id from province where code = 'TH-24' and root_unit_id = 100", Long.class);
            assertThat(now.queryForList("select province_id from org_unit where id in (100, 101, 102)", Long.class))
                    .containsOnly(province).hasSize(3);
            assertThat(now.queryForObject("select province_id from org_unit where kind = 'SYSTEM'", Long.class))
                    .as("the system's own unit belongs to no province").isNull();
            assertThat(now.queryForObject("select province_id from person where id = 300", Long.class)).isEqualTo(province);
            assertThat(now.queryForObject("select province_id from person where id = 301", Long.class))
                    .as("the installation's administrator").isNull();
            assertThat(now.queryForObject("select province_id from person where id = 302", Long.class))
                    .as("a person with no position yet: the only province").isEqualTo(province);
            assertThat(now.queryForObject("select province_id from directive where id = 7", Long.class)).isEqualTo(province);
            assertThat(now.queryForObject("select last_number from number_series where province_id = ? and series = 'DIRECTIVE'"
                    + " and period = 2569", Integer.class, province)).as("the count goes on where it was").isEqualTo(27);

            now.update("insert into org_unit (code, name_th, name_en, kind, parent_id) values ('GRP-NEW', 'กลุ่มใหม่', 'New', 'OFFICE_GROUP', 101)");
            assertThat(now.queryForObject("select province_id from org_unit where code = 'GRP-NEW'", Long.class))
                    .as("a unit takes its parent's province").isEqualTo(province);
            now.update("insert into partner (kind, name_th, name_en, active_name_key, search_text, created_at, updated_at)"
                    + " values ('PRIVATE', 'หอการค้าจังหวัด', 'Chamber', 'หอการค้าจังหวัด', 'x', now(), now())");
            assertThat(now.queryForObject("select province_id from partner", Long.class))
                    .as("a row that names no province in a single-province installation").isEqualTo(province);

            now.update("insert into province (code, name_th, name_en) values ('TH-25', 'จังหวัดปราจีนบุรี', 'Prachin Buri')");
            assertThatThrownBy(() -> now.update("insert into partner (kind, name_th, name_en, active_name_key, search_text,"
                    + " created_at, updated_at) values ('PRIVATE', 'สมาคม', 'Association', 'สมาคม', 'x', now(), now())"))
                    .as("with two provinces nothing is guessed").isInstanceOf(DataIntegrityViolationException.class)
                    .hasMessageContaining("province_id");
        } finally {
            db.destroy();
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(SingleConnectionDataSource db) {
        return Flyway.configure().dataSource(db).locations("classpath:db/migration").baselineOnMigrate(true)
                .baselineVersion("0");
    }
}
