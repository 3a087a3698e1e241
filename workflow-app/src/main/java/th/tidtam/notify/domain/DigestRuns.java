package th.tidtam.notify.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Table {@code mail_digest_run}: which node composes a day's digests. The first to insert the day's row has it; a
 * claim whose lease ran out without finishing (the node died) goes to the next node that asks. The per-person dedupe
 * key of each digest keeps a taken-over run from mailing anyone twice.
 */
@Repository
public class DigestRuns {

    private final NamedParameterJdbcTemplate jdbc;

    DigestRuns(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when {@code node} may compose the day's digests now. */
    public boolean claim(LocalDate day, String node, Instant now, Instant leaseUntil) {
        MapSqlParameterSource p = new MapSqlParameterSource("day", day).addValue("node", node)
                .addValue("now", Timestamp.from(now)).addValue("lease", Timestamp.from(leaseUntil));
        if (jdbc.update("insert ignore into mail_digest_run (digest_day, claimed_by, claimed_until) values (:day, :node, :lease)",
                p) == 1) {
            return true;
        }
        return jdbc.update("""
                update mail_digest_run set claimed_by = :node, claimed_until = :lease
                 where digest_day = :day and finished_at is null and claimed_until < :now""", p) == 1;
    }

    public void finish(LocalDate day, String node, int messages, Instant now) {
        jdbc.update("""
                update mail_digest_run set finished_at = :now, messages = :messages
                 where digest_day = :day and claimed_by = :node""",
                new MapSqlParameterSource("day", day).addValue("node", node).addValue("messages", messages)
                        .addValue("now", Timestamp.from(now)));
    }

    /** Whether the day's digests were composed (by any node). */
    public boolean finished(LocalDate day) {
        Integer n = jdbc.queryForObject("select count(*) from mail_digest_run where digest_day = :day and finished_at is not null",
                new MapSqlParameterSource("day", day), Integer.class);
        return n != null && n > 0;
    }
}
