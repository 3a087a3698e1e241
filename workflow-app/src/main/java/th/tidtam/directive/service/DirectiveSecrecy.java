package th.tidtam.directive.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

import th.tidtam.org.SecrecyClass;

/**
 * A directive's secrecy class for the audit trail, which asks while Hibernate flushes: read with plain JDBC on the
 * caller's connection (a JPA query would flush again), so it also sees a directive its own transaction has just
 * inserted. No visibility applies: the answer is a class, never the directive's content.
 */
@Component
public class DirectiveSecrecy {

    /** The directive's class, or empty when there is no such directive. */
    public Optional<SecrecyClass> on(Connection connection, long directiveId) {
        try (PreparedStatement ps = connection.prepareStatement("select secrecy from directive where id = ?")) {
            ps.setLong(1, directiveId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(SecrecyClass.valueOf(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not read a directive's secrecy for the audit trail", e);
        }
    }
}
