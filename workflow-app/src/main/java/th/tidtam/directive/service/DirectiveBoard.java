package th.tidtam.directive.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.calendar.service.WorkingCalendar;

/**
 * The governor's board: every open directive the user may see, with a traffic light. Overdue when the due date in
 * force has passed; at risk when at most {@value #AT_RISK_WORKING_DAYS} working days are left and units are still
 * working; on track otherwise.
 */
@Service
@Transactional(readOnly = true)
public class DirectiveBoard {

    public static final int AT_RISK_WORKING_DAYS = 3;

    public enum Light { ON_TRACK, AT_RISK, OVERDUE }

    public record Row(DirectiveViews.Summary directive, int partsDone, int partsTotal, int workingDaysLeft, Light light) {
    }

    private final DirectiveQueries queries;
    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingCalendar calendar;

    DirectiveBoard(DirectiveQueries queries, NamedParameterJdbcTemplate jdbc, WorkingCalendar calendar) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** Open directives, newest first (a page of at most 200), with their parts counted in one query. */
    public List<Row> openDirectives() {
        List<DirectiveViews.Summary> open = queries.visible(0, 200).items().stream().filter(d -> d.status().open()).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, int[]> counts = jdbc.query("""
                select p.directive_id, sum(case when p.status = 'DONE' then 1 else 0 end) as done, count(*) as total
                  from directive_part p join directive d on d.id = p.directive_id and p.round = d.round
                 where p.directive_id in (:ids) group by p.directive_id
                """, Map.of("ids", open.stream().map(DirectiveViews.Summary::id).toList()),
                (rs, i) -> new Object[] { rs.getLong(1), new int[] { rs.getInt(2), rs.getInt(3) } }).stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (int[]) r[1]));
        LocalDate today = calendar.today();
        return open.stream().map(d -> {
            int[] c = counts.getOrDefault(d.id(), new int[] { 0, 0 });
            int left = calendar.workingDaysBetween(today, d.dueDate());
            Light light = d.dueDate().isBefore(today) ? Light.OVERDUE
                    : left <= AT_RISK_WORKING_DAYS && c[0] < c[1] ? Light.AT_RISK : Light.ON_TRACK;
            return new Row(d, c[0], c[1], left, light);
        }).toList();
    }
}
