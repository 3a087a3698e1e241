package th.tidtam.database.replica;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import th.tidtam.database.replica.ReplicaState.Kind;

/**
 * Whether reads may go to the replica now, from MariaDB's own view of its replication: {@code SHOW REPLICA STATUS}
 * (both replication threads running, {@code Seconds_Behind_Master} within {@code max-lag}). Chosen over a heartbeat
 * row written by the primary and read on the replica because it needs no writer, no table and no clock agreement
 * between servers, and says "stopped" at once instead of after {@code max-lag}; its known blind spot — a lag the
 * replica cannot see yet because its IO thread is itself behind, over a slow link — does not arise between servers
 * of one site. It needs the REPLICA MONITOR privilege (README "Replication").
 * <p>
 * A read never waits for a check: it takes the last known state, and when that is older than {@code check-interval}
 * a check starts on a thread of its own (at most one at a time). So a replica that went away costs no read a connect
 * timeout after the first, whose failed connection is remembered here ({@link #connectionFailed}). Each change of
 * state is logged once. Meters: {@code tidtam_replica_lag_seconds} (NaN while unknown), {@code tidtam_replica_ready}
 * (1 while reads go to the replica), {@code tidtam_replica_fallbacks_total{reason}} (reads sent to the primary
 * instead, by the state that sent them).
 */
public class ReplicaHealth implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReplicaHealth.class);

    private final DataSource replica;
    private final Duration maxLag;
    private final long checkIntervalNanos;
    private final Clock clock;
    private final Map<Kind, Counter> fallbacks = new EnumMap<>(Kind.class);
    private final AtomicBoolean checking = new AtomicBoolean();
    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tidtam-replica-check");
        t.setDaemon(true);
        return t;
    });

    private volatile ReplicaState state;
    /** System.nanoTime() of the last check; the first read starts one */
    private volatile long checkedAtNanos;
    private volatile boolean everChecked;

    ReplicaHealth(DataSource replica, ReplicaProperties properties, MeterRegistry meters, Clock clock) {
        this.replica = replica;
        this.maxLag = properties.maxLag();
        this.checkIntervalNanos = properties.checkInterval().toNanos();
        this.clock = clock;
        this.state = ReplicaState.unchecked(clock.instant());
        for (Kind kind : Kind.values()) {
            if (kind != Kind.READY) {
                fallbacks.put(kind, Counter.builder("tidtam.replica.fallbacks").tag("reason", kind.tag())
                        .description("Replica reads answered by the primary instead, by the replica's state")
                        .register(meters));
            }
        }
        Gauge.builder("tidtam.replica.lag", this, h -> {
            Long lag = h.current().lagSeconds();
            return lag == null ? Double.NaN : lag;
        }).baseUnit("seconds").description("Seconds the replica is behind the primary (Seconds_Behind_Master)")
                .strongReference(true).register(meters);
        Gauge.builder("tidtam.replica.ready", this, h -> h.current().ready() ? 1 : 0)
                .description("1 while replica reads go to the replica, 0 while the primary answers them")
                .strongReference(true).register(meters);
        // the first check starts now, so that the replica's state is known by the time the first reads come
        current();
    }

    /** The last known state; starts a check in the background when it is older than the check interval. */
    ReplicaState current() {
        if (!everChecked || System.nanoTime() - checkedAtNanos > checkIntervalNanos) {
            checkInBackground();
        }
        return state;
    }

    /** Whether reads may go to the replica, by the last known state. Never waits. */
    boolean ready() {
        return current().ready();
    }

    /** Checks the replica now on the caller's thread (at start and in tests) and returns what it found. */
    ReplicaState checkNow() {
        checkedAtNanos = System.nanoTime();
        everChecked = true;
        ReplicaState found;
        try (Connection c = replica.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW REPLICA STATUS")) {
            found = ReplicaState.of(rs.next() ? rs : null, maxLag, clock.instant());
        } catch (SQLException e) {
            found = failure(e);
        }
        update(found);
        return found;
    }

    /** A read could not get a replica connection: remembered until the next check, so no other read waits for one. */
    void connectionFailed(SQLException e) {
        update(failure(e));
    }

    /** A replica read went to the primary because of the state it found. */
    void fellBack(ReplicaState because) {
        Counter counter = fallbacks.get(because.kind());
        if (counter != null) {
            counter.increment();
        }
    }

    private void checkInBackground() {
        if (!checking.compareAndSet(false, true)) {
            return;
        }
        // taken now, so that the threads asking meanwhile do not queue more checks
        checkedAtNanos = System.nanoTime();
        everChecked = true;
        try {
            checker.execute(() -> {
                try {
                    checkNow();
                } catch (RuntimeException e) {
                    update(new ReplicaState(Kind.UNREACHABLE, null, String.valueOf(e.getMessage()), clock.instant()));
                } finally {
                    checking.set(false);
                }
            });
        } catch (RuntimeException rejected) {
            // shutting down
            checking.set(false);
        }
    }

    private ReplicaState failure(SQLException e) {
        String message = firstLine(e);
        // 1227: access denied for SHOW REPLICA STATUS; the replica answers but cannot be judged
        if (e.getErrorCode() == 1227) {
            return new ReplicaState(Kind.UNCHECKED, null, "the replica's status may not be read: grant REPLICA MONITOR "
                    + "to its user (" + message + ")", clock.instant());
        }
        return new ReplicaState(Kind.UNREACHABLE, null, message, clock.instant());
    }

    private synchronized void update(ReplicaState found) {
        ReplicaState before = state;
        state = found;
        if (before.kind() == found.kind()) {
            return;
        }
        if (found.ready()) {
            log.info("Replica in use: dashboards and reports read from it ({})", found.detail());
        } else {
            log.warn("Replica not used, dashboards and reports read from the primary: {} — {}", found.kind().tag(),
                    found.detail());
        }
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").trim();
    }

    @Override
    public void destroy() {
        checker.shutdownNow();
    }
}
