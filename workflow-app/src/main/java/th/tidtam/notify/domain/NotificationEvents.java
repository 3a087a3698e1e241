package th.tidtam.notify.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import th.tidtam.notify.NotificationKind;

/** Table {@code notification_event}: the alerts the daily digest tells of. */
@Repository
public class NotificationEvents {

    private static final int MAX_DETAIL = 500;

    private final NamedParameterJdbcTemplate jdbc;

    NotificationEvents(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long positionId, NotificationKind kind, String alertKind, String caseType, long caseId, Long partId,
            String detail, Instant at) {
        jdbc.update("""
                insert into notification_event (position_id, kind, alert_kind, case_type, case_id, part_id, detail, created_at)
                values (:position, :kind, :alertKind, :caseType, :caseId, :partId, :detail, :at)""",
                new MapSqlParameterSource("position", positionId).addValue("kind", kind.name())
                        .addValue("alertKind", alertKind).addValue("caseType", caseType).addValue("caseId", caseId)
                        .addValue("partId", partId).addValue("at", Timestamp.from(at))
                        .addValue("detail", detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL)));
    }

    /** The positions' events in [from, to), oldest first. */
    public List<NotificationEvent> of(Collection<Long> positionIds, Instant from, Instant to) {
        if (positionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select id, position_id, kind, alert_kind, case_type, case_id, part_id, detail, created_at
                  from notification_event
                 where position_id in (:positions) and created_at >= :from and created_at < :to
                 order by created_at, id""",
                new MapSqlParameterSource("positions", List.copyOf(positionIds)).addValue("from", Timestamp.from(from))
                        .addValue("to", Timestamp.from(to)),
                (rs, n) -> new NotificationEvent(rs.getLong("id"), rs.getLong("position_id"),
                        NotificationKind.valueOf(rs.getString("kind")), rs.getString("alert_kind"),
                        rs.getString("case_type"), rs.getLong("case_id"), rs.getObject("part_id", Long.class),
                        rs.getString("detail"), Outbox.instant(rs, "created_at")));
    }

    /** Forgets events older than the instant (digests look back one working day; a long holiday at most two weeks). */
    public int purgeBefore(Instant before) {
        return jdbc.update("delete from notification_event where created_at < :before",
                new MapSqlParameterSource("before", Timestamp.from(before)));
    }
}
