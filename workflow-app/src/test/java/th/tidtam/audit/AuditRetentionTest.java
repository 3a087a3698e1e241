package th.tidtam.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tidtam.audit.service.AuditProperties;
import th.tidtam.audit.service.AuditRetention;
import th.tidtam.base.StartupRefused;
import th.tidtam.support.IntegrationTest;

/** The trail keeps a year by default, never less than the 90 days the law asks for, and forgets what is older. */
@IntegrationTest
class AuditRetentionTest {

    @Autowired
    AuditRetention retention;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private final String marker = "retention-" + UUID.randomUUID();

    private void rowDaysAgo(Instant now, int days) {
        jdbc.update("insert into audit_log (occurred_at, username, action, details) values (?, ?, 'LOGIN', ?)",
                LocalDateTime.ofInstant(now.minus(Duration.ofDays(days)), ZoneOffset.UTC), marker,
                "{\"age\":" + days + "}");
    }

    private List<String> left() {
        return jdbc.queryForList("select details from audit_log where username = ? order by occurred_at", String.class,
                marker);
    }

    @Test
    void aRetentionBelowNinetyDaysRefusesTheStartAndTheDefaultIsAYear() {
        assertThatThrownBy(() -> new AuditProperties(89, Set.of())).isInstanceOf(StartupRefused.class)
                .hasMessageContaining("at least 90 days").hasMessageContaining("s.26");
        assertThat(new AuditProperties(90, Set.of()).retentionDays()).isEqualTo(90);
        assertThat(retention.retentionDays()).as("this application's setting").isEqualTo(365);
    }

    @Test
    void thePurgeRemovesRowsOlderThanTheRetentionAndNeverAnyYoungerThanNinetyDays() {
        Instant now = clock.instant();
        rowDaysAgo(now, 400);
        rowDaysAgo(now, 100);
        rowDaysAgo(now, 10);

        retention.purgeAsOf(now);
        assertThat(left()).containsExactly("{\"age\":100}", "{\"age\":10}");

        // 300 days on, the 100-day row is 400 days old
        retention.purgeAsOf(now.plus(Duration.ofDays(300)));
        assertThat(left()).containsExactly("{\"age\":10}");

        // a clock set far ahead cannot take a row the database still counts as younger than 90 days
        retention.purgeAsOf(now.plus(Duration.ofDays(3650)));
        assertThat(left()).containsExactly("{\"age\":10}");
    }
}
