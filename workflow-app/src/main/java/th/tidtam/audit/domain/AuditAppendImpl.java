package th.tidtam.audit.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneId;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;

import io.micrometer.core.instrument.MeterRegistry;

import th.tidtam.base.OutageAwareHikariDataSource;

/**
 * Spring Data fragment behind {@link AuditEntries#append}; the only INSERT into audit_log.
 *
 * <p>Rows of their own (views, logins) go through a pool of three connections of their own, in autocommit: a reader
 * of a classified directive already holds a connection of the application's pool (its read-only transaction), and
 * taking a second one from the same pool could leave twenty such readers under load each waiting for the other's
 * connection. The small pool's writes wait on nothing else, so they always finish.
 */
class AuditAppendImpl implements AuditAppend, DisposableBean {

    static final String INSERT = """
            insert into audit_log (occurred_at, username, person_id, position_id, position_title, capacity, positions,
                                   address, action, object_type, object_id, secrecy, details)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    /** UTC, as Hibernate writes every Instant of the application (TIMESTAMP_UTC) and as the trigger's floor expects. */
    static final ZoneId ZONE = java.time.ZoneOffset.UTC;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final HikariDataSource ownPool;

    AuditAppendImpl(JdbcTemplate jdbc, PlatformTransactionManager transactions, DataSource dataSource,
            ObjectProvider<MeterRegistry> meters) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownPool = ownPool(dataSource, meters.getIfAvailable());
    }

    private static HikariDataSource ownPool(DataSource dataSource, MeterRegistry meters) {
        try {
            if (!dataSource.isWrapperFor(HikariDataSource.class)) {
                return null;
            }
            HikariDataSource main = dataSource.unwrap(HikariDataSource.class);
            HikariConfig config = new HikariConfig();
            config.setPoolName("audit");
            config.setJdbcUrl(main.getJdbcUrl());
            config.setUsername(main.getUsername());
            config.setPassword(main.getPassword());
            if (main.getDriverClassName() != null) {
                config.setDriverClassName(main.getDriverClassName());
            }
            config.setDataSourceProperties(main.getDataSourceProperties());
            config.setMaximumPoolSize(3);
            config.setMinimumIdle(0);
            config.setConnectionTimeout(main.getConnectionTimeout());
            config.setAutoCommit(true);
            // no connection until the first row: the pool starts with the application even while the database is down
            config.setInitializationFailTimeout(-1);
            // not a bean, so Boot does not bind it: its hikaricp_* meters (pool="audit") are registered here, beside
            // the application pool's, so that a wait for an audit connection shows as one for any other
            if (meters != null) {
                config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(meters));
            }
            // waits for a busy connection as the main pool does, and gives up as quickly when the database is down
            OutageAwareHikariDataSource own = new OutageAwareHikariDataSource(config);
            if (main instanceof OutageAwareHikariDataSource outageAware) {
                own.setBusyWait(outageAware.getBusyWait());
            }
            return own;
        } catch (SQLException e) {
            return null;
        }
    }

    @Override
    public void append(AuditRecord r) {
        if (ownPool == null) {
            ownTransaction.executeWithoutResult(status -> jdbc.update(INSERT, ps -> bind(ps, r)));
            return;
        }
        try (Connection c = ownPool.getConnection()) {
            appendOn(c, r);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not write the audit row: " + e.getMessage(), e);
        }
    }

    @Override
    public void destroy() {
        if (ownPool != null) {
            ownPool.close();
        }
    }

    @Override
    public void appendOn(Connection connection, AuditRecord r) {
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            bind(ps, r);
            ps.executeUpdate();
        } catch (SQLException e) {
            // failing the flush fails the change: a change without its audit row must not commit
            throw new DataAccessResourceFailureException("Could not write the audit row: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, AuditRecord r) throws SQLException {
        ps.setObject(1, LocalDateTime.ofInstant(r.occurredAt(), ZONE));
        ps.setString(2, cut(r.username(), 100));
        setLong(ps, 3, r.personId());
        setLong(ps, 4, r.positionId());
        ps.setString(5, cut(r.positionTitle(), 255));
        ps.setString(6, r.capacity() == null ? null : r.capacity().name());
        ps.setString(7, cut(r.positions(), 1000));
        ps.setString(8, cut(r.address(), 64));
        ps.setString(9, r.action().name());
        ps.setString(10, cut(r.objectType(), 64));
        ps.setString(11, cut(r.objectId(), 64));
        ps.setString(12, r.secrecy());
        ps.setString(13, r.details());
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
