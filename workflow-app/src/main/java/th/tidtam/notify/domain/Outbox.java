package th.tidtam.notify.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import th.tidtam.notify.OutboxStatus;

/**
 * The table {@code mail_outbox} in plain JDBC. Writes join the caller's transaction (the listeners write in the
 * business transaction; nothing here throws for a message that is already there: {@code insert ignore} on the unique
 * dedupe key). The sender claims rows with one atomic {@code update … limit} under a lease, so two nodes never hold
 * the same row, and marks each result only while its claim stands.
 */
@Repository
public class Outbox {

    public static final int MAX_SUBJECT = 500;
    public static final int MAX_ERROR = 1000;
    public static final int MAX_ADDRESS = 320;

    private static final String COLUMNS = """
            id, recipient_person_id, address, locale, kind, subject, body_text, dedupe_key, status, attempts,
            next_attempt_at, last_error, claimed_by, claimed_until, case_type, case_id, created_at, sent_at""";

    private final NamedParameterJdbcTemplate jdbc;

    Outbox(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the message unless one with its dedupe key exists; true when added. */
    public boolean add(NewMessage m, Instant now) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("person", m.personId())
                .addValue("address", cut(m.address(), MAX_ADDRESS)).addValue("locale", m.locale()).addValue("kind", m.kind())
                .addValue("subject", cut(m.subject(), MAX_SUBJECT)).addValue("body", m.bodyText())
                .addValue("key", m.dedupeKey()).addValue("status", m.status().name())
                .addValue("error", cut(m.lastError(), MAX_ERROR)).addValue("caseType", m.caseType())
                .addValue("caseId", m.caseId()).addValue("now", Timestamp.from(now));
        return jdbc.update("""
                insert ignore into mail_outbox (recipient_person_id, address, locale, kind, subject, body_text, dedupe_key,
                       status, attempts, next_attempt_at, last_error, case_type, case_id, created_at)
                values (:person, :address, :locale, :kind, :subject, :body, :key, :status, 0, :now, :error, :caseType,
                       :caseId, :now)""", p) == 1;
    }

    /**
     * Claims up to {@code limit} due messages for {@code claimant} until {@code leaseUntil} and answers them. A row
     * another sender holds under a live lease is not due; one whose lease ran out (a node died mid-batch) is.
     */
    public List<OutboxMessage> claim(String claimant, Instant now, Instant leaseUntil, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource("claimant", claimant).addValue("now", Timestamp.from(now))
                .addValue("lease", Timestamp.from(leaseUntil)).addValue("limit", limit);
        int claimed = jdbc.update("""
                update mail_outbox set claimed_by = :claimant, claimed_until = :lease
                 where status in ('PENDING', 'FAILED_RETRYING') and next_attempt_at <= :now
                   and (claimed_until is null or claimed_until < :now)
                 order by next_attempt_at, id limit :limit""", p);
        if (claimed == 0) {
            return List.of();
        }
        return jdbc.query("select " + COLUMNS + " from mail_outbox where claimed_by = :claimant"
                + " and status in ('PENDING', 'FAILED_RETRYING') order by id", p, Outbox::row);
    }

    /** Marks a claimed message sent; false when the claim was lost (another node took it over after the lease). */
    public boolean markSent(long id, String claimant, Instant at) {
        return jdbc.update("""
                update mail_outbox set status = 'SENT', sent_at = :at, attempts = attempts + 1, last_error = null,
                       claimed_by = null, claimed_until = null
                 where id = :id and claimed_by = :claimant""",
                new MapSqlParameterSource("id", id).addValue("claimant", claimant).addValue("at", Timestamp.from(at))) == 1;
    }

    /** Records a failed attempt of a claimed message: retried at {@code next} or given up, with the reason. */
    public boolean markFailed(long id, String claimant, OutboxStatus status, Instant next, String error) {
        return jdbc.update("""
                update mail_outbox set status = :status, attempts = attempts + 1, next_attempt_at = :next,
                       last_error = :error, claimed_by = null, claimed_until = null
                 where id = :id and claimed_by = :claimant""",
                new MapSqlParameterSource("id", id).addValue("claimant", claimant).addValue("status", status.name())
                        .addValue("next", Timestamp.from(next)).addValue("error", cut(error, MAX_ERROR))) == 1;
    }

    /**
     * Puts a held, failing or given-up message back in the queue now with a fresh count of attempts (the last error
     * stays until the next attempt); {@code status} is PENDING, or HELD when there is still no server. Locks the row:
     * of two clicks at once the second finds it already queued and answers false.
     */
    public boolean requeue(long id, OutboxStatus status, Instant now) {
        return jdbc.update("""
                update mail_outbox set status = :status, attempts = 0, next_attempt_at = :now, claimed_by = null,
                       claimed_until = null
                 where id = :id and status in ('FAILED_RETRYING', 'GIVEN_UP', 'HELD') and status <> :status""",
                new MapSqlParameterSource("id", id).addValue("status", status.name()).addValue("now", Timestamp.from(now))) == 1;
    }

    /** Every held message queued for sending (a server was configured since they were written). */
    public int releaseHeld(Instant now) {
        return jdbc.update("update mail_outbox set status = 'PENDING', next_attempt_at = :now where status = 'HELD'",
                new MapSqlParameterSource("now", Timestamp.from(now)));
    }

    public Optional<OutboxMessage> find(long id) {
        return jdbc.query("select " + COLUMNS + " from mail_outbox where id = :id", new MapSqlParameterSource("id", id),
                Outbox::row).stream().findFirst();
    }

    public Optional<OutboxMessage> byDedupeKey(String key) {
        return jdbc.query("select " + COLUMNS + " from mail_outbox where dedupe_key = :key",
                new MapSqlParameterSource("key", key), Outbox::row).stream().findFirst();
    }

    /** A page of the outbox, newest first. */
    public List<OutboxMessage> search(OutboxFilter filter, int offset, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("offset", Math.max(0, offset))
                .addValue("limit", Math.max(1, Math.min(limit, 500)));
        return jdbc.query("select " + COLUMNS + " from mail_outbox" + where(filter, p)
                + " order by created_at desc, id desc limit :limit offset :offset", p, Outbox::row);
    }

    public int count(OutboxFilter filter) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        Integer n = jdbc.queryForObject("select count(*) from mail_outbox" + where(filter, p), p, Integer.class);
        return n == null ? 0 : n;
    }

    /** How many messages stand in each status. */
    public Map<OutboxStatus, Integer> countsByStatus() {
        Map<OutboxStatus, Integer> counts = new EnumMap<>(OutboxStatus.class);
        jdbc.query("select status, count(*) n from mail_outbox group by status", rs -> {
            counts.put(OutboxStatus.valueOf(rs.getString("status")), rs.getInt("n"));
        });
        return counts;
    }

    /** The messages not sent (yet): how many stand in each such status, and when the earliest of them falls due. */
    public record Backlog(Map<OutboxStatus, Long> byStatus, Instant earliestDue) {
    }

    /**
     * The backlog for the operations' gauges. Sent messages are never counted: from ix_mail_outbox_due (status,
     * next_attempt_at) this reads only the rows still waiting, however many were sent.
     */
    public Backlog backlog() {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        Instant[] earliest = new Instant[1];
        jdbc.query("""
                select status, count(*) n, min(next_attempt_at) first_due from mail_outbox
                 where status in ('PENDING', 'FAILED_RETRYING', 'GIVEN_UP', 'HELD') group by status""", rs -> {
            OutboxStatus status = OutboxStatus.valueOf(rs.getString("status"));
            counts.put(status, rs.getLong("n"));
            Instant due = instant(rs, "first_due");
            if ((status == OutboxStatus.PENDING || status == OutboxStatus.FAILED_RETRYING) && due != null
                    && (earliest[0] == null || due.isBefore(earliest[0]))) {
                earliest[0] = due;
            }
        });
        return new Backlog(counts, earliest[0]);
    }

    /** Messages written in [from, to), by kind (the figures of the closing note). */
    public Map<String, Integer> countsByKind(Instant from, Instant to) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        jdbc.query("select kind, count(*) n from mail_outbox where created_at >= :from and created_at < :to group by kind",
                new MapSqlParameterSource("from", Timestamp.from(from)).addValue("to", Timestamp.from(to)),
                rs -> {
                    counts.put(rs.getString("kind"), rs.getInt("n"));
                });
        return counts;
    }

    private static String where(OutboxFilter f, MapSqlParameterSource p) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        if (f.status() != null) {
            sql.append(" and status = :status");
            p.addValue("status", f.status().name());
        }
        if (f.kind() != null && !f.kind().isBlank()) {
            sql.append(" and kind = :kind");
            p.addValue("kind", f.kind());
        }
        if (f.text() != null && !f.text().isBlank()) {
            sql.append(" and (address like :text escape '!' or subject like :text escape '!')");
            p.addValue("text", "%" + f.text().trim().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return sql.toString();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static OutboxMessage row(ResultSet rs, int n) throws SQLException {
        return new OutboxMessage(rs.getLong("id"), rs.getLong("recipient_person_id"), rs.getString("address"),
                rs.getString("locale"), rs.getString("kind"), rs.getString("subject"), rs.getString("body_text"),
                rs.getString("dedupe_key"), OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"), rs.getString("claimed_by"),
                instant(rs, "claimed_until"), rs.getString("case_type"), rs.getObject("case_id", Long.class),
                instant(rs, "created_at"), instant(rs, "sent_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
