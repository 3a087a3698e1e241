package th.tidtam.database.replica;

import java.sql.SQLException;

import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The application's {@code DataSource} while a replica is configured: JPA, JDBC templates and the process engine all
 * use it, so one transaction still has one connection whichever of them reads or writes. A connection is taken from
 * {@link PrimaryOrReplica} only at a transaction's first statement — by then the transaction is known to be read-only
 * or not — instead of when the transaction begins, as a plain pool would be asked.
 */
final class ReplicaRoutingDataSource extends LazyConnectionDataSourceProxy {

    private final HikariDataSource primary;

    ReplicaRoutingDataSource(HikariDataSource primary, PrimaryOrReplica routing) {
        super(routing);
        this.primary = primary;
        // the primary's defaults, so that the proxy need not open a connection to learn them
        setDefaultAutoCommit(primary.isAutoCommit());
        if (primary.getTransactionIsolation() != null) {
            try {
                setDefaultTransactionIsolationName(primary.getTransactionIsolation());
            } catch (IllegalArgumentException notAConstantName) {
                // Hikari also takes a number: the proxy then learns the default from the first connection
            }
        }
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
