package th.tidtam.directive.service;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import th.tidtam.casework.Urgency;
import th.tidtam.directive.domain.DirectiveStatus;
import th.tidtam.directive.domain.PartStatus;
import th.tidtam.org.service.CurrentPosition;

/**
 * The directives list's query: the visible directives ({@link DirectiveVisibility}) narrowed by a
 * {@link DirectiveSearch}, one page of ids in the chosen order, and the count of the same set, so the lazy grid's
 * pages and its size always agree. Text is matched with Thai and with Arabic digits, as either may have been typed in
 * the subject or text; numbers are stored with Arabic digits.
 */
@Component
class DirectiveListing {

    /** A part still owed by its unit: late when its due date has passed (waits and extensions move the date). */
    private static final List<String> OWED = List.of(PartStatus.ASSIGNED.name(), PartStatus.ACKNOWLEDGED.name());
    private static final List<String> ENDED = List.of(DirectiveStatus.CLOSED.name(), DirectiveStatus.SUPERSEDED.name());

    /** Statuses in the order of the follow-up, not of their names' letters. */
    private static final String STATUS_ORDER = java.util.Arrays.stream(DirectiveStatus.values())
            .map(st -> "'" + st.name() + "'").collect(java.util.stream.Collectors.joining(", ", "field(d.status, ", ")"));

    private final NamedParameterJdbcTemplate jdbc;
    private final DirectiveVisibility visibility;

    DirectiveListing(NamedParameterJdbcTemplate jdbc, DirectiveVisibility visibility) {
        this.jdbc = jdbc;
        this.visibility = visibility;
    }

    List<Long> ids(List<CurrentPosition> positions, DirectiveSearch search, LocalDate today, int offset, int limit) {
        if (positions.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit).addValue("offset", offset);
        String sql = "select d.id from directive d where " + where(positions, search, today, params) + " order by "
                + order(search) + " limit :limit offset :offset";
        return jdbc.queryForList(sql, params, Long.class);
    }

    long count(List<CurrentPosition> positions, DirectiveSearch search, LocalDate today) {
        if (positions.isEmpty()) {
            return 0;
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long n = jdbc.queryForObject("select count(*) from directive d where " + where(positions, search, today, params),
                params, Long.class);
        return n == null ? 0 : n;
    }

    /** The meetings that visible directives came from, latest first, for the meeting filter. */
    List<String> meetings(List<CurrentPosition> positions) {
        if (positions.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.queryForList("select d.meeting_number from directive d where "
                + where(positions, DirectiveSearch.all(), null, params)
                + " and d.meeting_number is not null group by d.meeting_number order by max(d.issued_at) desc limit 200",
                params, String.class);
    }

    private String where(List<CurrentPosition> positions, DirectiveSearch s, LocalDate today, MapSqlParameterSource p) {
        VisibleDirectives visible = visibility.visibleCondition(positions);
        StringBuilder sql = new StringBuilder(visible.sql());
        p.addValues(visible.parameters());
        if (s.text() != null) {
            sql.append(" and (d.number like :fArabic escape '!' or d.subject like :fArabic escape '!'"
                    + " or d.subject like :fThai escape '!' or d.body like :fArabic escape '!' or d.body like :fThai escape '!')");
            p.addValue("fArabic", "%" + likeEscaped(s.arabicText()) + "%").addValue("fThai", "%" + likeEscaped(s.thaiText()) + "%");
        }
        if (!s.statuses().isEmpty()) {
            sql.append(" and d.status in (:fStatuses)");
            p.addValue("fStatuses", s.statuses().stream().map(Enum::name).toList());
        }
        if (!s.urgencies().isEmpty()) {
            sql.append(" and d.urgency in (:fUrgencies)");
            p.addValue("fUrgencies", s.urgencies().stream().map(Urgency::name).toList());
        }
        if (s.unitId() != null) {
            sql.append(" and exists (select 1 from directive_part fp where fp.directive_id = d.id and fp.unit_id = :fUnit)");
            p.addValue("fUnit", s.unitId());
        }
        if (s.meeting() != null) {
            sql.append(" and d.meeting_number in (:fMeetings)");
            p.addValue("fMeetings", List.of(s.meeting(), th.tidtam.base.time.ThaiDigits.toArabic(s.meeting()),
                    th.tidtam.base.time.ThaiDigits.toThai(s.meeting())));
        }
        if (s.overdueOnly() && today != null) {
            sql.append(" and d.status not in (:fEnded) and exists (select 1 from directive_part op where"
                    + " op.directive_id = d.id and op.status in (:fOwed) and op.due_date < :fToday)");
            p.addValue("fEnded", ENDED).addValue("fOwed", OWED).addValue("fToday", Date.valueOf(today));
        }
        return sql.toString();
    }

    private static String order(DirectiveSearch s) {
        String dir = s.descending() ? " desc" : " asc";
        String key = switch (s.sort()) {
            case NUMBER -> "d.be_year" + dir + ", d.running_number" + dir;
            case ISSUED -> "d.issued_at" + dir;
            case DUE -> "d.due_date" + dir;
            // the order of the follow-up, not of the status names' letters
            case STATUS -> STATUS_ORDER + dir;
        };
        return key + ", d.id" + dir;
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
