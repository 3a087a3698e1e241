package th.tidtam.base;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A Hikari pool that tells "the database is down" from "every connection is busy", so that an outage answers its 503
 * within about a second while a burst of work still waits its turn.
 * <p>
 * Hikari has one wait for both ({@code connection-timeout}). Set short (1 s), a request that meets a crashed server
 * gives up quickly, but under a burst (300 logins in 20 s on two cores) a request that merely waits for a busy
 * connection would be told "database unavailable" too. So the pool's own wait is the short one, and a wait that ran
 * out is tried again, up to {@link #getBusyWait() busy-wait} in all, <em>unless</em> the pool's last attempt to open a
 * connection failed: Hikari then hands that failure over as the cause of its timeout (and clears it as soon as a
 * connection opens again), which is exactly "the server does not answer" — once a direct attempt to connect confirms
 * it (after a long outage the pool's own attempts back off up to 5 s, so right after a restart its last attempt may
 * still be a failure while the server answers; those callers wait for the pool). The process engine's job executor and the
 * start-up use the same pool and the same rule: they wait for a busy pool as before and give up quickly only when
 * there is nothing to wait for.
 * <p>
 * One request may ask for a connection more than once, and from more than one pool (a login that failed on the
 * lockout counters writes its audit row through the audit trail's own pool): once the database has been found down,
 * callers of any pool of that database within {@link #getRecheckAfter() recheck-after} (by default the pool's own
 * wait) are told so at once instead of each waiting again, so the whole request still answers within about a second.
 * The first caller after that window tries the database again.
 */
public class OutageAwareHikariDataSource extends HikariDataSource {

    private volatile Duration busyWait = Duration.ofSeconds(10);
    private volatile Duration recheckAfter;

    /**
     * The last "database down" of a database and until when (nanoTime) it stands, shared by the pools of that database
     * (the application's and the audit trail's): a login that found the database down in one pool must not wait again
     * in the other to write the audit row of its failure.
     */
    private record Down(SQLTransientConnectionException failure, long until) {
    }

    private static final ConcurrentHashMap<String, Down> DOWN = new ConcurrentHashMap<>();

    /** A server that is down refuses a connection at once; a host that is gone is given this long. */
    private static final Duration QUICK_PROBE = Duration.ofMillis(250);

    public OutageAwareHikariDataSource() {
    }

    public OutageAwareHikariDataSource(HikariConfig config) {
        super(config);
    }

    /** In all, how long a caller waits for a connection while the database answers but every connection is in use. */
    public Duration getBusyWait() {
        return busyWait;
    }

    /** Bound from {@code spring.datasource.hikari.busy-wait}. */
    public void setBusyWait(Duration busyWait) {
        this.busyWait = busyWait == null || busyWait.isNegative() ? Duration.ZERO : busyWait;
    }

    /** How long a database found down stays "down" for the next callers before one of them tries again. */
    public Duration getRecheckAfter() {
        return recheckAfter == null ? Duration.ofMillis(getConnectionTimeout()) : recheckAfter;
    }

    /** Bound from {@code spring.datasource.hikari.recheck-after}; unset, the pool's {@code connection-timeout}. */
    public void setRecheckAfter(Duration recheckAfter) {
        this.recheckAfter = recheckAfter;
    }

    @Override
    public Connection getConnection() throws SQLException {
        String database = String.valueOf(getJdbcUrl());
        Down down = DOWN.get(database);
        if (down != null && System.nanoTime() - down.until() < 0) {
            // a quick knock instead of the pool's wait: refused at once while the server is down, and the first
            // requests after a restart are not turned away on the strength of a failure from before it
            if (!answersNow(QUICK_PROBE)) {
                throw new SQLTransientConnectionException(getPoolName() + " - the database did not answer a moment ago",
                        down.failure().getSQLState(), down.failure().getCause());
            }
            DOWN.remove(database, down);
            down = null;
        }
        long deadline = System.nanoTime() + busyWait.toNanos();
        while (true) {
            try {
                Connection connection = super.getConnection();
                if (down != null) {
                    DOWN.remove(database);
                }
                return connection;
            } catch (SQLTransientConnectionException timedOut) {
                if (databaseDown(timedOut) && !answersNow(Duration.ofMillis(getConnectionTimeout()))) {
                    DOWN.put(database, new Down(timedOut, System.nanoTime() + getRecheckAfter().toNanos()));
                    throw timedOut;
                }
                // the database answers again, but the pool's own attempts back off up to 5 s after a long outage:
                // wait for them as for a busy pool rather than refuse the first requests after the restart
                if (System.nanoTime() - deadline >= 0 || isClosed()) {
                    throw timedOut;
                }
                // every connection busy, the database answering: keep our place in the queue
            }
        }
    }

    /** One direct attempt to connect: is the server there right now? */
    private boolean answersNow(Duration connectTimeout) {
        String url = getJdbcUrl();
        if (url == null) {
            return false;
        }
        Properties properties = new Properties();
        properties.putAll(getDataSourceProperties());
        if (getUsername() != null) {
            properties.setProperty("user", getUsername());
        }
        if (getPassword() != null) {
            properties.setProperty("password", getPassword());
        }
        properties.setProperty("connectTimeout", String.valueOf(connectTimeout.toMillis()));
        try (Connection probe = DriverManager.getDriver(url).connect(url, properties)) {
            return probe != null;
        } catch (SQLException stillDown) {
            return false;
        }
    }

    /** Hikari's timeout carries the last failed attempt to connect, if the last attempt failed. */
    static boolean databaseDown(SQLTransientConnectionException timedOut) {
        return timedOut.getCause() != null;
    }
}
