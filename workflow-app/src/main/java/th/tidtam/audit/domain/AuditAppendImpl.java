package th.tidtam.audit.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Spring Data fragment behind {@link AuditEntries#append}; the only INSERT into audit_log. */
class AuditAppendImpl implements AuditAppend {

    static final String INSERT = """
            insert into audit_log (occurred_at, username, person_id, position_id, position_title, capacity, positions,
                                   address, action, object_type, object_id, secrecy, details)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    /** UTC, as Hibernate writes every Instant of the application (TIMESTAMP_UTC) and as the trigger's floor expects. */
    static final ZoneId ZONE = java.time.ZoneOffset.UTC;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    AuditAppendImpl(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void append(AuditRecord r) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(INSERT, ps -> bind(ps, r)));
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
