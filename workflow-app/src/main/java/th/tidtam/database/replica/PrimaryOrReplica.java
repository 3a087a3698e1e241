package th.tidtam.database.replica;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Chooses the pool a new connection comes from: the replica's for a read-only transaction started within a
 * {@link th.tidtam.database.ReplicaRead} use case ({@link ReplicaScope}) while the replica is ready by its last check
 * ({@link ReplicaHealth}; otherwise the primary's, counted as a fallback); the primary's for everything else —
 * writing transactions, statements outside a transaction, the process engine's work, Flyway. It sits behind
 * {@link ReplicaRoutingDataSource} (a lazy connection proxy), so the choice is made at a transaction's first statement,
 * when the transaction's read-only flag is known.
 * <p>
 * A replica that gives no connection within its short timeout is remembered as unreachable and the primary answers
 * the same read: nothing had been read yet, so nothing is mixed.
 */
final class PrimaryOrReplica extends AbstractRoutingDataSource {

    enum Target {
        PRIMARY, REPLICA
    }

    private final DataSource primary;
    private final DataSource replica;
    private final ReplicaHealth health;

    PrimaryOrReplica(DataSource primary, DataSource replica, ReplicaHealth health) {
        this.primary = primary;
        this.replica = replica;
        this.health = health;
        setTargetDataSources(Map.<Object, Object>of(Target.PRIMARY, primary, Target.REPLICA, replica));
        setDefaultTargetDataSource(primary);
        setLenientFallback(false);
        afterPropertiesSet();
    }

    @Override
    protected Object determineCurrentLookupKey() {
        return ReplicaScope.active() && TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? Target.REPLICA
                : Target.PRIMARY;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (determineCurrentLookupKey() != Target.REPLICA) {
            return primary.getConnection();
        }
        ReplicaState state = health.current();
        if (!state.ready()) {
            health.fellBack(state);
            return primary.getConnection();
        }
        try {
            return replica.getConnection();
        } catch (SQLException unreachable) {
            health.connectionFailed(unreachable);
            health.fellBack(health.current());
            return primary.getConnection();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        // only the application's own credentials are routed
        return primary.getConnection(username, password);
    }

    /** Boot's pool meters and the audit trail's own pool look for the primary's Hikari pool behind this. */
    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : primary.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || primary.isWrapperFor(iface);
    }
}
