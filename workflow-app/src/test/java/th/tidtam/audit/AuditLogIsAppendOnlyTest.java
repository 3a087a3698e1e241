package th.tidtam.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import th.tidtam.audit.domain.AuditAction;
import th.tidtam.audit.domain.AuditEntries;
import th.tidtam.audit.domain.AuditEntry;
import th.tidtam.audit.domain.AuditRecord;
import th.tidtam.support.IntegrationTest;

/**
 * Nobody changes or removes what the trail says: the application has no method to do it, and the database refuses
 * an UPDATE of any row and a DELETE of a row younger than 90 days, whoever sends it.
 */
@IntegrationTest
class AuditLogIsAppendOnlyTest {

    private static final List<String> FORBIDDEN = List.of("save", "update", "delete", "remove", "set", "merge", "persist",
            "flush", "truncate", "modify", "change", "edit");

    @Autowired
    AuditEntries entries;

    @Autowired
    JdbcTemplate jdbc;

    private static boolean forbidden(Method m) {
        String name = m.getName().toLowerCase(Locale.ROOT);
        return FORBIDDEN.stream().anyMatch(name::startsWith);
    }

    @Test
    void theRepositoryOffersOnlyAppendAndSearch() {
        assertThat(Repository.class).isAssignableFrom(AuditEntries.class);
        assertThat(CrudRepository.class.isAssignableFrom(AuditEntries.class)).as("no inherited save/delete").isFalse();
        assertThat(Arrays.stream(AuditEntries.class.getMethods()).filter(AuditLogIsAppendOnlyTest::forbidden))
                .as("methods of the repository that could change or remove rows").isEmpty();
        assertThat(Arrays.stream(AuditEntries.class.getMethods()).map(Method::getName).distinct().sorted())
                .containsExactly("append", "appendOn", "count", "search");
    }

    @Test
    void theEntityIsImmutableAndHasNoSetters() {
        assertThat(AuditEntry.class.isAnnotationPresent(Immutable.class)).isTrue();
        assertThat(Arrays.stream(AuditEntry.class.getDeclaredMethods()).filter(AuditLogIsAppendOnlyTest::forbidden))
                .isEmpty();
        assertThat(Arrays.stream(AuditEntry.class.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers())))
                .allSatisfy(f -> assertThat(Modifier.isPublic(f.getModifiers())).isFalse());
    }

    @Test
    void noPublicMethodOfTheAuditFeatureChangesOrDeletesARow() {
        JavaClasses audit = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("th.tidtam.audit");
        assertThat(audit).isNotEmpty();
        audit.forEach(c -> c.getMethods().stream()
                .filter(m -> m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
                .forEach(m -> assertThat(FORBIDDEN.stream().anyMatch(m.getName().toLowerCase(Locale.ROOT)::startsWith))
                        .as(c.getName() + "." + m.getName()).isFalse()));
    }

    @Test
    void theDatabaseRefusesToUpdateAnyRowOrToDeleteARecentOne() {
        String marker = "append-only-" + UUID.randomUUID();
        entries.append(new AuditRecord(Instant.now(), marker, null, null, null, null, null, "192.0.2.1",
                AuditAction.LOGIN_FAILED, null, null, null, "{}"));
        Long id = jdbc.queryForObject("select id from audit_log where username = ?", Long.class, marker);

        assertThatThrownBy(() -> jdbc.update("update audit_log set address = '192.0.2.99' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("audit_log is append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("at least 90 days");
        assertThat(jdbc.queryForObject("select address from audit_log where id = ?", String.class, id))
                .isEqualTo("192.0.2.1");
    }

    @Test
    void theDatabaseRefusesToUpdateEvenAnOldRowButLetsItGoOnceItIsPastTheFloor() {
        String marker = "old-row-" + UUID.randomUUID();
        LocalDateTime longAgo = LocalDateTime.ofInstant(Instant.now().minus(120, ChronoUnit.DAYS), ZoneOffset.UTC);
        jdbc.update("insert into audit_log (occurred_at, username, action) values (?, ?, 'LOGIN')", longAgo, marker);

        assertThatThrownBy(() -> jdbc.update("update audit_log set username = 'someone-else' where username = ?", marker))
                .hasMessageContaining("append-only");
        assertThat(jdbc.update("delete from audit_log where username = ?", marker)).isEqualTo(1);
    }
}
