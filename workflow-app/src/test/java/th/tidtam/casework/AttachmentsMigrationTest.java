package th.tidtam.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.zaxxer.hikari.HikariDataSource;

import th.tidtam.support.IntegrationTest;

/**
 * V16 on a database that already has directive files: every row moves to case_attachment as a DIRECTIVE case's file
 * under the same id (old links keep working) and the same storage key (the file on disk stays), new files get ids
 * after the copied ones, and directive_attachment is gone. Runs the migrations into a database of its own on the
 * test server, so the shared test database is not touched.
 */
@IntegrationTest
class AttachmentsMigrationTest {

    private static final Pattern URL = Pattern.compile("(jdbc:mariadb://[^/]+/)([^?]+)(.*)");

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    private final String database = "tidtam_v16_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @AfterEach
    void dropTheDatabase() {
        jdbc.execute("drop database if exists `" + database + "`");
    }

    @Test
    void directiveFilesBecomeDirectiveCaseFilesUnderTheirIdsAndKeys() {
        jdbc.execute("create database `" + database + "` character set utf8mb4 collate utf8mb4_unicode_ci");
        Matcher url = URL.matcher(dataSource.getJdbcUrl());
        assertThat(url.matches()).as(dataSource.getJdbcUrl()).isTrue();
        // one connection: the foreign key check is switched off for the session that plants the old rows
        SingleConnectionDataSource db = new SingleConnectionDataSource(url.group(1) + database + url.group(3),
                dataSource.getUsername(), dataSource.getPassword(), true);
        try {
            flyway(db).target("14").load().migrate();
            JdbcTemplate old = new JdbcTemplate(db);
            old.execute("set foreign_key_checks = 0");
            String insert = "insert into directive_attachment (id, directive_id, part_id, report_id, file_name, content_type,"
                    + " size_bytes, sha256, storage_key, uploaded_at, uploaded_by_person_id, uploaded_by_position_id,"
                    + " uploaded_capacity) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            old.update(insert, 41, 7, 70, 700, "หลักฐานการตรวจ 😷.pdf", "application/pdf", 1234, "a".repeat(64),
                    "0f8fad5b-d9cb-469f-a165-70867728950e", "2026-03-01 09:15:30.250", 3, 30, "ACTING");
            old.update(insert, 42, 8, null, null, "หนังสือสั่งการ.txt", "text/plain", 12, "b".repeat(64),
                    "7c9e6679-7425-40de-944b-e07fc1f90ae7", "2026-03-02 10:00:00.000", 4, 40, "HOLDER");
            old.execute("set foreign_key_checks = 1");

            flyway(db).load().migrate();

            JdbcTemplate now = new JdbcTemplate(db);
            Map<String, Object> first = now.queryForMap("select * from case_attachment where id = 41");
            assertThat(first).containsEntry("case_type", "DIRECTIVE").containsEntry("case_id", 7L)
                    .containsEntry("part_id", 70L).containsEntry("report_id", 700L)
                    .containsEntry("file_name", "หลักฐานการตรวจ 😷.pdf").containsEntry("content_type", "application/pdf")
                    .containsEntry("size_bytes", 1234L).containsEntry("sha256", "a".repeat(64))
                    .containsEntry("storage_key", "0f8fad5b-d9cb-469f-a165-70867728950e")
                    .containsEntry("uploaded_by_person_id", 3L).containsEntry("uploaded_by_position_id", 30L)
                    .containsEntry("uploaded_capacity", "ACTING");
            assertThat(String.valueOf(first.get("uploaded_at")).replace('T', ' ')).startsWith("2026-03-01 09:15:30.25");
            Map<String, Object> second = now.queryForMap("select * from case_attachment where id = 42");
            assertThat(second).containsEntry("case_id", 8L).containsEntry("part_id", null).containsEntry("report_id", null);
            assertThat(now.queryForObject("select count(*) from information_schema.tables where table_schema = ?"
                    + " and table_name = 'directive_attachment'", Integer.class, database)).isZero();
            assertThat(now.queryForObject("select count(*) from information_schema.referential_constraints"
                    + " where constraint_schema = ? and table_name = 'case_attachment'", Integer.class, database))
                    .as("no foreign keys into other modules' tables").isZero();

            now.update("insert into case_attachment (case_type, case_id, file_name, content_type, size_bytes, sha256,"
                    + " storage_key, uploaded_at, uploaded_by_person_id, uploaded_by_position_id, uploaded_capacity)"
                    + " values ('LETTER', 1, 'x.txt', 'text/plain', 1, ?, 'e4eaaaf2-d142-11e1-b3e4-080027620cdd',"
                    + " now(3), 1, 1, 'HOLDER')", "c".repeat(64));
            assertThat(now.queryForObject("select max(id) from case_attachment", Long.class))
                    .as("a new file's id follows the copied ones").isGreaterThan(42L);
        } finally {
            db.destroy();
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(SingleConnectionDataSource db) {
        return Flyway.configure().dataSource(db).locations("classpath:db/migration").baselineOnMigrate(true)
                .baselineVersion("0");
    }
}
