package th.tidtam.database.replica;


import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The application's {@code DataSource} while a replica is configured: JPA, JDBC templates and the process engine all
 * use it, so one transaction still has one connection whichever of them reads or writes. A connection is taken from
 * {@link PrimaryOrReplica} only at a transaction's first statement — by then the transaction is known to be read-only
 * or not — instead of when the transaction begins, as a plain pool would be asked. {@code unwrap} passes through
 * {@link PrimaryOrReplica} to the primary's pool (Boot's pool meters and the audit trail look for it).
 */
final class ReplicaRoutingDataSource extends LazyConnectionDataSourceProxy {

    ReplicaRoutingDataSource(HikariDataSource primary, PrimaryOrReplica routing) {
        super(routing);
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
}
