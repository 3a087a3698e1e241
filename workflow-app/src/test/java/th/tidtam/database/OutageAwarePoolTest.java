package th.tidtam.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.IMetricsTracker;

import th.tidtam.base.DatabaseUnavailable;
import th.tidtam.base.OutageAwareHikariDataSource;
import th.tidtam.drill.support.AppNode;
import th.tidtam.support.IntegrationTest;

/**
 * The pool's two waits (issue 16): a database that does not answer is reported at the first short timeout (the
 * request's 503 within about a second), while a busy pool of an answering database is waited for as long as before.
 */
@IntegrationTest
class OutageAwarePoolTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theApplicationsPoolsAreOutageAwareWithAShortWaitAndTheLongBusyWait() throws Exception {
        HikariDataSource main = dataSource.unwrap(HikariDataSource.class);
        assertThat(main).isInstanceOf(OutageAwareHikariDataSource.class);
        assertThat(main.getConnectionTimeout()).isEqualTo(1000);
        assertThat(((OutageAwareHikariDataSource) main).getBusyWait()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aDatabaseThatDoesNotAnswerIsReportedAtTheFirstShortTimeoutNotAfterTheBusyWait() {
        // nobody listens on this port: every attempt to connect is refused, as after a kill -9 of the server
        AtomicInteger timeouts = new AtomicInteger();
        AtomicInteger auditTimeouts = new AtomicInteger();
        String url = "jdbc:mariadb://127.0.0.1:" + AppNode.freePort() + "/tidtam";
        try (OutageAwareHikariDataSource pool = pool(url, "root", "", timeouts);
                OutageAwareHikariDataSource audit = pool(url, "root", "", auditTimeouts)) {
            // an hour: were the refusal taken for a busy pool, this test would time out
            pool.setBusyWait(Duration.ofHours(1));
            pool.setRecheckAfter(Duration.ofHours(1));
            assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                    .hasCauseInstanceOf(java.sql.SQLException.class)
                    .satisfies(e -> assertThat(DatabaseUnavailable.causedBy(e)).as("taken for an outage (503)").isTrue());
            assertThat(timeouts).as("one wait for the pool").hasValue(1);
            // the same request's next question (a login: lockout counters, then the person) is answered at once
            assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                    .hasCauseInstanceOf(java.sql.SQLException.class)
                    .satisfies(e -> assertThat(DatabaseUnavailable.causedBy(e)).isTrue());
            assertThat(timeouts).as("no second wait while the database was just found down").hasValue(1);
            // nor in the other pool of the same database (the audit row of the failed login)
            assertThatThrownBy(audit::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                    .satisfies(e -> assertThat(DatabaseUnavailable.causedBy(e)).isTrue());
            assertThat(auditTimeouts).as("the other pool did not wait either").hasValue(0);
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aCallerWaitsForABusyConnectionPastTheShortTimeoutWhileTheDatabaseAnswers() throws Exception {
        HikariDataSource main = dataSource.unwrap(HikariDataSource.class);
        AtomicInteger timeouts = new AtomicInteger();
        try (OutageAwareHikariDataSource pool = pool(main.getJdbcUrl(), main.getUsername(), main.getPassword(),
                timeouts)) {
            pool.setBusyWait(Duration.ofMinutes(1));
            Connection held = pool.getConnection();
            CompletableFuture<Connection> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return pool.getConnection();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // the short wait ran out twice while the only connection was held, and the caller still waits
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> timeouts.get() >= 2);
            assertThat(waiting).isNotDone();
            held.close();
            try (Connection got = waiting.get(60, TimeUnit.SECONDS)) {
                assertThat(got.isValid(5)).isTrue();
            }
        }
    }

    /** A pool of one connection with the shortest wait Hikari allows; its timeouts are counted. */
    private static OutageAwareHikariDataSource pool(String url, String username, String password,
            AtomicInteger timeouts) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("outage-aware-test");
        config.setJdbcUrl(url);
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(250);
        config.setInitializationFailTimeout(-1);
        config.setMetricsTrackerFactory((name, stats) -> new IMetricsTracker() {
            @Override
            public void recordConnectionTimeout() {
                timeouts.incrementAndGet();
            }
        });
        return new OutageAwareHikariDataSource(config);
    }
}
