package th.tidtam.work;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.text.FreeText;
import th.tidtam.process.InboxFilter;
import th.tidtam.casework.Urgency;
import th.tidtam.security.CurrentUser;

/**
 * The current user's named filters of "My work". They belong to the person, not to a position: they follow the person
 * into an acting post and nobody else sees them. Another person's filter is treated as one that does not exist.
 */
@Service
@Transactional
public class SavedFilters {

    public static final int MAX_NAME = 100;
    public static final int MAX_TEXT = 200;
    public static final int MAX_PER_PERSON = 20;

    public record SavedFilter(long id, String name, InboxFilter filter) {
    }

    /** How long a save waits for another save of the same person (another tab) before giving up. */
    static final int LOCK_WAIT_SECONDS = 10;

    private static final Logger log = LoggerFactory.getLogger(SavedFilters.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final DataSource dataSource;
    private final CurrentUser currentUser;
    private final Clock clock;

    SavedFilters(NamedParameterJdbcTemplate jdbc, DataSource dataSource, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SavedFilter> mine() {
        return jdbc.query("select * from saved_inbox_filter where person_id = :person order by name, id",
                new MapSqlParameterSource("person", me()), SavedFilters::toFilter);
    }

    /**
     * Saves the filter under a new name. A name already used (ignoring case) is refused rather than overwritten, so a
     * filter is never replaced by accident; the user deletes the old one first. Refused requests change nothing.
     */
    public SavedFilter save(String name, InboxFilter filter) {
        long person = me();
        String clean = FreeText.singleLine(MAX_NAME).require(name, problem -> switch (problem) {
            case MISSING -> new RuleViolation("work.filter.error.name-required");
            case TOO_LONG -> new RuleViolation("work.filter.error.name-too-long", MAX_NAME);
            case CONTROL_CHARACTERS -> new RuleViolation("work.filter.error.name-control-characters");
            case BROKEN_UNICODE -> new RuleViolation("error.text-invalid-unicode", "field.filter-name");
        });
        InboxFilter f = filter == null ? InboxFilter.none() : filter;
        // optional: a blank search text is no search text, so it is never missing
        String text = FreeText.singleLine(MAX_TEXT).optional(f.text(), problem -> switch (problem) {
            case TOO_LONG -> new RuleViolation("work.filter.error.text-too-long", MAX_TEXT);
            case BROKEN_UNICODE -> new RuleViolation("error.text-invalid-unicode", "field.filter-text");
            case MISSING, CONTROL_CHARACTERS -> new RuleViolation("work.filter.error.text-control-characters");
        });
        // one save at a time per person, so that two tabs cannot both take the 20th place
        lockSavesOf(person);
        List<SavedFilter> existing = mine();
        if (existing.stream().anyMatch(s -> s.name().toLowerCase(Locale.ROOT).equals(clean.toLowerCase(Locale.ROOT)))) {
            throw new RuleViolation("work.filter.error.name-taken", clean);
        }
        if (existing.size() >= MAX_PER_PERSON) {
            throw new RuleViolation("work.filter.error.too-many", MAX_PER_PERSON);
        }
        MapSqlParameterSource params = new MapSqlParameterSource("person", person).addValue("name", clean)
                .addValue("urgencies", f.urgencies().stream().sorted(java.util.Comparator.comparingInt(Urgency::rank)).map(Urgency::name).collect(Collectors.joining(",")))
                .addValue("overdue", f.overdueOnly()).addValue("text", text)
                .addValue("now", Timestamp.from(clock.instant()));
        try {
            jdbc.update("""
                    insert into saved_inbox_filter (person_id, name, urgencies, overdue_only, search_text, created_at)
                    values (:person, :name, :urgencies, :overdue, :text, :now)""", params);
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("work.filter.error.name-taken", clean);
        }
        return mine().stream().filter(s -> s.name().equals(clean)).findFirst().orElseThrow();
    }

    /** Deletes one of my filters; empty when there is no such filter of mine (someone else's included). */
    public Optional<SavedFilter> delete(long id) {
        MapSqlParameterSource params = new MapSqlParameterSource("person", me()).addValue("id", id);
        Optional<SavedFilter> found = jdbc.query("select * from saved_inbox_filter where id = :id and person_id = :person",
                params, SavedFilters::toFilter).stream().findFirst();
        found.ifPresent(f -> jdbc.update("delete from saved_inbox_filter where id = :id and person_id = :person", params));
        return found;
    }

    /**
     * Serialises the person's saves until this transaction ends: a named lock of the database server, since the
     * person's row is org's and a person without filters has no row of ours to lock (under READ COMMITTED a locking
     * read of no rows locks nothing). A named lock belongs to the connection, not to the transaction, so it is
     * released on that same connection once the transaction has committed or rolled back.
     */
    private void lockSavesOf(long person) {
        String name = "tidtam.saved_inbox_filter." + person;
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            try (PreparedStatement ps = connection.prepareStatement("select get_lock(?, ?)")) {
                ps.setString(1, name);
                ps.setInt(2, LOCK_WAIT_SECONDS);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getInt(1) != 1) {
                        throw new CannotAcquireLockException("Another save of the person's filters holds " + name);
                    }
                }
            }
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw new DataAccessResourceFailureException("Could not lock the person's saved filters", e);
        } catch (RuntimeException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw e;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                try (PreparedStatement ps = connection.prepareStatement("select release_lock(?)")) {
                    ps.setString(1, name);
                    ps.executeQuery().close();
                } catch (SQLException e) {
                    // the server drops a connection's named locks with the connection
                    log.warn("Could not release {}: {}", name, e.getMessage());
                } finally {
                    DataSourceUtils.releaseConnection(connection, dataSource);
                }
            }
        });
    }

    private long me() {
        return currentUser.require().personId();
    }

    private static SavedFilter toFilter(ResultSet rs, int row) throws SQLException {
        String stored = rs.getString("urgencies");
        Set<Urgency> urgencies = EnumSet.noneOf(Urgency.class);
        if (stored != null && !stored.isBlank()) {
            // a name that is no longer an urgency is skipped rather than failing the whole list
            Arrays.stream(stored.split(",")).map(Urgency::of).flatMap(Optional::stream).forEach(urgencies::add);
        }
        return new SavedFilter(rs.getLong("id"), rs.getString("name"),
                new InboxFilter(urgencies, rs.getBoolean("overdue_only"), rs.getString("search_text")));
    }
}
