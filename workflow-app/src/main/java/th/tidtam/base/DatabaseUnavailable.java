package th.tidtam.base;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells an outage of the database (the server stopped, the network to it cut, no connection within the pool's
 * timeout) from every other failure, wherever it surfaces: Spring's transaction manager, Hibernate, the pool, or the
 * process engine, which wraps the driver's exception in its own. Such a request changed nothing (its transaction
 * never started or was rolled back), so the user may simply try again later.
 */
public final class DatabaseUnavailable {

    /** MariaDB's ER_SERVER_SHUTDOWN and ER_CONNECTION_KILLED: a statement under way when the server stops. */
    private static final int SERVER_SHUTDOWN = 1053;
    private static final int CONNECTION_KILLED = 1927;

    private DatabaseUnavailable() {
    }

    /**
     * The pool closes a connection it found broken; a rollback on it then fails with "Connection is closed" (no
     * SQLSTATE), and Spring reports that instead of the outage that broke it. The server has already discarded the
     * transaction with the connection, so this too means "nothing was saved".
     */
    private static boolean closedByThePool(Throwable t) {
        StackTraceElement[] frames = t.getStackTrace();
        for (int i = 0; i < Math.min(3, frames.length); i++) {
            if (frames[i].getClassName().startsWith("com.zaxxer.hikari.pool.ProxyConnection")) {
                return true;
            }
        }
        return false;
    }

    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof ConnectException) {
                return true;
            }
            // SQLSTATE class 08: connection exception, whichever driver or wrapper reports it
            if (t instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    || sql.getErrorCode() == SERVER_SHUTDOWN || sql.getErrorCode() == CONNECTION_KILLED)) {
                return true;
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException && closedByThePool(t)) {
                return true;
            }
        }
        return false;
    }
}
