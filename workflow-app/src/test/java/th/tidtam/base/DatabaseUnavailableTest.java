package th.tidtam.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** The shapes in which a database outage reaches the application, and failures that must not be taken for one. */
class DatabaseUnavailableTest {

    @Test
    void anOutageIsRecognisedWhereverTheDriversExceptionIsWrapped() {
        // the pool gave up waiting for a connection, as Spring's transaction manager reports it
        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        // the process engine wraps MyBatis, which wraps the driver
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException("ENGINE-03004 Exception while executing Database Operation",
                new RuntimeException("### Error querying database", new SQLNonTransientConnectionException("socket error"))))).isTrue();
        // a statement under way when the server shut down
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("Server shutdown in progress", "08S01", 1053))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("Connection was killed", "70100", 1927))))
                .isTrue();
        // the rollback on a connection the pool already closed as broken overrides the outage that broke it
        SQLException closed = new SQLException("Connection is closed");
        closed.setStackTrace(new StackTraceElement[] {new StackTraceElement(
                "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection", "lambda$getClosedConnection$0", null, 562)});
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException("Unable to rollback against JDBC Connection", closed)))
                .isTrue();
    }

    @Test
    void refusalsAndConflictsAreNotMistakenForAnOutage() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new OptimisticLockingFailureException("version"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
    }
}
