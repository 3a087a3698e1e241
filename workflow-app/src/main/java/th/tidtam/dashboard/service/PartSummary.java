package th.tidtam.dashboard.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.casework.Urgency;
import th.tidtam.org.SecrecyClass;

/**
 * The per-day summary of directive parts ({@code part_day}, V40): per province, unit, due date in force and timing
 * inputs, how many parts are open and how many finished on each day, by the directive's secrecy and urgency. MariaDB
 * triggers keep it in the very statement that changes a part or its directive, so it holds exactly what a direct
 * grouping of the parts gives ({@code part_day_source}); the dashboards and the national roll-up read a few hundred
 * rows of it instead of grouping hundreds of thousands of parts. Only parts of directives whose class the reader is
 * cleared for are read: callers pass the classes.
 */
@Service
@Transactional(readOnly = true)
public class PartSummary {

    /** The summary's "none" for a day in its key (a key column cannot hold null). */
    private static final LocalDate NONE = LocalDate.of(1000, 1, 1);

    /** Open parts of one province and unit with the same timing inputs. */
    public record Open(long provinceId, long unitId, LocalDate dueDate, int endedWaitingDays, LocalDate waitingSince,
            long parts) {
    }

    /** Parts of one province and unit finished on the same day with the same timing inputs. */
    public record Finished(long provinceId, long unitId, LocalDate finishedOn, LocalDate dueDate, int endedWaitingDays,
            LocalDate waitingSince, long parts) {
    }

    /**
     * Which rows: of the given provinces, units ({@code null}: every unit of them), urgency ({@code null}: any) and
     * the secrecy classes the reader may count.
     */
    public record Selection(Collection<Long> provinces, Collection<Long> units, Urgency urgency,
            Set<SecrecyClass> classes) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    PartSummary(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The classes a reader cleared up to {@code clearance} may count ({@code null}: unclassified only). */
    public static Set<SecrecyClass> countable(SecrecyClass clearance) {
        if (clearance == null) {
            return Set.of(SecrecyClass.NONE);
        }
        return java.util.EnumSet.range(SecrecyClass.NONE, clearance);
    }

    public List<Open> open(Selection s) {
        MapSqlParameterSource p = params(s);
        return jdbc.query("select province_id, unit_id, due_date, waiting_working_days, waiting_since, cast(sum(parts) as signed)"
                + " from part_day where state = 'O'" + where(s)
                + " group by province_id, finished_on, unit_id, due_date, waiting_working_days, waiting_since"
                + " having sum(parts) <> 0", p,
                (rs, i) -> new Open(rs.getLong(1), rs.getLong(2), day(rs, 3), rs.getInt(4), day(rs, 5),
                        rs.getLong(6)));
    }

    /** Parts finished from {@code from} to {@code to} (days, inclusive). */
    public List<Finished> finished(Selection s, LocalDate from, LocalDate to) {
        MapSqlParameterSource p = params(s).addValue("from", from).addValue("to", to);
        return jdbc.query("select province_id, unit_id, finished_on, due_date, waiting_working_days, waiting_since,"
                + " cast(sum(parts) as signed) from part_day where state = 'D' and finished_on between :from and :to" + where(s)
                // grouped in the primary key's order (secrecy and urgency summed away), so MariaDB groups as it
                // reads the key instead of sorting every row in a temporary table: a third of the time nationally
                + " group by province_id, finished_on, unit_id, due_date, waiting_working_days, waiting_since"
                + " having sum(parts) <> 0", p,
                (rs, i) -> new Finished(rs.getLong(1), rs.getLong(2), day(rs, 3), day(rs, 4), rs.getInt(5),
                        day(rs, 6), rs.getLong(7)));
    }

    /** Recomputes the summary from the parts (after a manual repair of the data, or to drop rows fallen to 0). */
    @Transactional
    public void rebuild() {
        jdbc.getJdbcTemplate().update("delete from part_day");
        jdbc.getJdbcTemplate().update("insert into part_day (province_id, state, unit_id, finished_on, due_date,"
                + " waiting_working_days, waiting_since, secrecy, urgency, parts) select province_id, state, unit_id,"
                + " finished_on, due_date, waiting_working_days, waiting_since, secrecy, urgency, parts"
                + " from part_day_source");
    }

    /** Rows (with their counts) where the summary and a direct grouping of the parts disagree; empty when in step. */
    public List<String> differencesFromTheParts() {
        return jdbc.getJdbcTemplate().queryForList("""
                select concat_ws(' ', province_id, state, unit_id, finished_on, due_date, waiting_working_days,
                                 waiting_since, secrecy, urgency, 'summary', sum(s), 'parts', sum(g))
                  from (select province_id, state, unit_id, finished_on, due_date, waiting_working_days, waiting_since,
                               secrecy, urgency, parts as s, 0 as g from part_day
                        union all
                        select province_id, state, unit_id, finished_on, due_date, waiting_working_days, waiting_since,
                               secrecy, urgency, 0, parts from part_day_source) x
                 group by province_id, state, unit_id, finished_on, due_date, waiting_working_days, waiting_since,
                          secrecy, urgency
                having sum(s) <> sum(g)
                """, String.class);
    }

    private static String where(Selection s) {
        StringBuilder w = new StringBuilder(" and province_id in (:provinces) and secrecy in (:classes)");
        if (s.units() != null) {
            w.append(" and unit_id in (:units)");
        }
        if (s.urgency() != null) {
            w.append(" and urgency = :urgency");
        }
        return w.toString();
    }

    private static MapSqlParameterSource params(Selection s) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("provinces", s.provinces().isEmpty() ? List.of(-1L) : s.provinces())
                .addValue("classes", s.classes().isEmpty() ? List.of("-") : s.classes().stream().map(Enum::name).toList());
        if (s.units() != null) {
            p.addValue("units", s.units().isEmpty() ? List.of(-1L) : s.units());
        }
        if (s.urgency() != null) {
            p.addValue("urgency", s.urgency().name());
        }
        return p;
    }

    /** A day of the summary, "none" as null; read as a LocalDate, not through java.sql.Date's Calendar. */
    private static LocalDate day(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        LocalDate day = rs.getObject(column, LocalDate.class);
        return day == null || day.equals(NONE) ? null : day;
    }
}
