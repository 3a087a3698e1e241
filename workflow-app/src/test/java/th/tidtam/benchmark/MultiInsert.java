package th.tidtam.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Inserts rows a thousand at a time in one statement each: the bulk path of the data generator. */
final class MultiInsert implements AutoCloseable {

    private static final int ROWS_PER_STATEMENT = 1_000;

    private final JdbcTemplate jdbc;
    private final String head;
    private final String rowPlaceholders;
    private final List<Object> values = new ArrayList<>();
    private final List<MultiInsert> parents = new ArrayList<>();
    private int rows;
    private long total;

    MultiInsert(JdbcTemplate jdbc, String table, String... columns) {
        this.jdbc = jdbc;
        this.head = "insert into " + table + " (" + String.join(", ", columns) + ") values ";
        this.rowPlaceholders = "(" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
    }

    /** Rows of this table refer to rows of {@code parent}: the parent's pending rows are written first. */
    MultiInsert after(MultiInsert parent) {
        parents.add(parent);
        return this;
    }

    void row(Object... row) {
        Collections.addAll(values, row);
        if (++rows == ROWS_PER_STATEMENT) {
            flush();
        }
    }

    private void flush() {
        parents.forEach(MultiInsert::flush);
        if (rows == 0) {
            return;
        }
        String sql = head + String.join(", ", Collections.nCopies(rows, rowPlaceholders));
        Object[] args = values.toArray();
        // the summary of parts (V40) is rebuilt once after the load instead of by a trigger per row; the flag lives on
        // this connection for this statement only, so nothing else that borrows the connection skips the summary
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
            try (java.sql.Statement flag = connection.createStatement()) {
                flag.execute("set @tidtam_part_day_paused = 1");
                try (java.sql.PreparedStatement insert = connection.prepareStatement(sql)) {
                    for (int i = 0; i < args.length; i++) {
                        insert.setObject(i + 1, args[i]);
                    }
                    insert.executeUpdate();
                } finally {
                    flag.execute("set @tidtam_part_day_paused = null");
                }
            }
            return null;
        });
        total += rows;
        values.clear();
        rows = 0;
    }

    long total() {
        return total + rows;
    }

    @Override
    public void close() {
        flush();
    }
}
