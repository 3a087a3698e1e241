package th.tidtam.database.replica;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * What the replica's last check found. Only {@link Kind#READY} is read from; every other kind sends reads to the
 * primary. {@code lagSeconds} is MariaDB's {@code Seconds_Behind_Master}, null when unknown.
 */
record ReplicaState(Kind kind, Long lagSeconds, String detail, Instant at) {

    enum Kind {
        /** not checked yet, or the replica's status may not be read (privilege) */
        UNCHECKED,
        /** replicating, within the allowed lag */
        READY,
        /** a replication thread is not running, or the server replicates from nobody */
        STOPPED,
        /** replicating, but further behind than allowed */
        LAGGING,
        /** no connection */
        UNREACHABLE;

        /** The {@code reason} tag of {@code tidtam_replica_fallbacks_total}. */
        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static ReplicaState unchecked(Instant at) {
        return new ReplicaState(Kind.UNCHECKED, null, "not checked yet", at);
    }

    boolean ready() {
        return kind == Kind.READY;
    }

    /**
     * Reads the first row of {@code SHOW REPLICA STATUS} (positioned on it), or {@code null} for none. MariaDB names its
     * columns {@code Slave_IO_Running}, {@code Slave_SQL_Running} and {@code Seconds_Behind_Master}; MySQL's newer
     * names are accepted too.
     */
    static ReplicaState of(ResultSet row, Duration maxLag, Instant at) throws SQLException {
        if (row == null) {
            return new ReplicaState(Kind.STOPPED, null, "the server replicates from no primary (SHOW REPLICA STATUS is empty)",
                    at);
        }
        String io = text(row, "Slave_IO_Running", "Replica_IO_Running");
        String sql = text(row, "Slave_SQL_Running", "Replica_SQL_Running");
        String behind = text(row, "Seconds_Behind_Master", "Seconds_Behind_Source");
        Long lag = behind == null || behind.isBlank() ? null : Long.valueOf(behind.trim());
        if (!"Yes".equalsIgnoreCase(io) || !"Yes".equalsIgnoreCase(sql)) {
            String error = firstNonBlank(text(row, "Last_IO_Error", "Last_IO_Error"), text(row, "Last_SQL_Error", "Last_SQL_Error"));
            return new ReplicaState(Kind.STOPPED, lag, "replication threads: IO " + io + ", SQL " + sql
                    + (error == null ? "" : " (" + error + ")"), at);
        }
        if (lag == null) {
            return new ReplicaState(Kind.STOPPED, null, "the replica does not know its lag", at);
        }
        if (lag > maxLag.toSeconds()) {
            return new ReplicaState(Kind.LAGGING, lag, lag + " s behind the primary (at most " + maxLag.toSeconds()
                    + " s allowed)", at);
        }
        return new ReplicaState(Kind.READY, lag, lag + " s behind the primary", at);
    }

    private static String text(ResultSet row, String name, String otherName) throws SQLException {
        ResultSetMetaData meta = row.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String label = meta.getColumnLabel(i);
            if (label.equalsIgnoreCase(name) || label.equalsIgnoreCase(otherName)) {
                return row.getString(i);
            }
        }
        return null;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }
}
