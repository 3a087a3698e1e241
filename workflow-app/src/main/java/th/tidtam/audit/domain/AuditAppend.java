package th.tidtam.audit.domain;

import java.sql.Connection;

/** Writing rows: plain JDBC so that the persistence listener can write during a flush without re-entering it. */
public interface AuditAppend {

    /** Appends in a transaction of its own (views, logins): the event happened whatever the caller does next. */
    void append(AuditRecord record);

    /** Appends on the given connection, inside the caller's transaction: a rolled back change leaves no row. */
    void appendOn(Connection connection, AuditRecord record);
}
