package th.tidtam.directive.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitSummary;

/**
 * The governor's board: every open directive the user may see, with a traffic light for the directive and one for
 * each agency's part. A part is overdue when {@link PartTiming} finds it late (due date in force, waiting on others
 * excluded); at risk when at most {@value #AT_RISK_WORKING_DAYS} working days are left and it is not done; on track
 * otherwise. The directive is overdue when its due date in force has passed; at risk when at most
 * {@value #AT_RISK_WORKING_DAYS} working days are left and units are still working. Directives of the newest meeting
 * come first (meeting "N/BE year" ordered by year then N), then those from other sources, newest first.
 */
@Service
@Transactional(readOnly = true)
public class DirectiveBoard {

    public static final int AT_RISK_WORKING_DAYS = 3;

    public enum Light { ON_TRACK, AT_RISK, OVERDUE }

    /** One agency's part: its light, or none when the agency has finished ({@code done}). */
    public record AgencyLight(Long unitId, String unitNameTh, String unitNameEn, boolean done, Light light,
            int workingDaysLate) {
    }

    public record Row(DirectiveViews.Summary directive, int partsDone, int partsTotal, int workingDaysLeft, Light light,
            String meetingNumber, List<AgencyLight> agencies) {
    }

    private final DirectiveQueries queries;
    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final PartTiming timing;
    private final OrgDirectory org;

    DirectiveBoard(DirectiveQueries queries, NamedParameterJdbcTemplate jdbc, WorkingCalendar calendar, PartTiming timing,
            OrgDirectory org) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.timing = timing;
        this.org = org;
    }

    /** Open directives (a page of at most 200 newest), their parts, units and meetings read in three queries. */
    public List<Row> openDirectives() {
        List<DirectiveViews.Summary> open = queries.visible(0, 200).items().stream().filter(d -> d.status().open()).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        List<Long> ids = open.stream().map(DirectiveViews.Summary::id).toList();
        LocalDate today = calendar.today();
        record PartRow(long directiveId, long unitId, boolean lead, boolean done, Light light, int late) {
        }
        List<PartRow> partRows = jdbc.query("""
                select p.directive_id, p.unit_id, p.lead, p.status, p.due_date, p.waiting_working_days, p.waiting_since
                  from directive_part p join directive d on d.id = p.directive_id and p.round = d.round
                 where p.directive_id in (:ids)
                """, Map.of("ids", ids), (rs, i) -> {
                    boolean done = "DONE".equals(rs.getString(4));
                    LocalDate due = rs.getObject(5, LocalDate.class);
                    int late = done ? 0 : timing.workingDaysLate(due, null, rs.getInt(6), rs.getObject(7, LocalDate.class), today);
                    Light light = done ? Light.ON_TRACK : late > 0 ? Light.OVERDUE
                            : calendar.workingDaysBetween(today, due) <= AT_RISK_WORKING_DAYS ? Light.AT_RISK : Light.ON_TRACK;
                    return new PartRow(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), done, light, late);
                });
        // the lead agency first, then the agencies in the order of the unit tree (sort order, Thai name)
        Map<Long, Integer> treeOrder = new HashMap<>();
        Map<Long, UnitSummary> units = new HashMap<>();
        for (UnitSummary u : org.unitsInOrder(partRows.stream().map(PartRow::unitId).collect(Collectors.toSet()))) {
            treeOrder.put(u.id(), treeOrder.size());
            units.put(u.id(), u);
        }
        Map<Long, List<AgencyLight>> agencies = new HashMap<>();
        partRows.stream().sorted(Comparator.comparing((PartRow r) -> !r.lead())
                .thenComparing(r -> treeOrder.getOrDefault(r.unitId(), Integer.MAX_VALUE))).forEach(r -> {
                    UnitSummary u = units.get(r.unitId());
                    agencies.computeIfAbsent(r.directiveId(), k -> new ArrayList<>()).add(new AgencyLight(r.unitId(),
                            u == null ? null : u.nameTh(), u == null ? null : u.nameEn(), r.done(), r.light(), r.late()));
                });
        Map<Long, String> meetings = new HashMap<>();
        jdbc.query("select id, meeting_number from directive where id in (:ids)", Map.of("ids", ids),
                rs -> {
                    meetings.put(rs.getLong(1), rs.getString(2));
                });
        List<Row> rows = new ArrayList<>();
        for (DirectiveViews.Summary d : open) {
            List<AgencyLight> parts = agencies.getOrDefault(d.id(), List.of());
            int done = (int) parts.stream().filter(AgencyLight::done).count();
            int left = calendar.workingDaysBetween(today, d.dueDate());
            Light light = d.dueDate().isBefore(today) ? Light.OVERDUE
                    : left <= AT_RISK_WORKING_DAYS && done < parts.size() ? Light.AT_RISK : Light.ON_TRACK;
            rows.add(new Row(d, done, parts.size(), left, light, meetings.get(d.id()), parts));
        }
        // the visible page is newest first already; a stable sort keeps that order within a meeting
        rows.sort(Comparator.comparingLong((Row r) -> -meetingOrder(r.meetingNumber())));
        return rows;
    }

    /** "12/2568" → 2568 * 1000 + 12; unparseable or absent meetings sort after every meeting. */
    static long meetingOrder(String meeting) {
        if (meeting == null) {
            return -1;
        }
        String[] p = th.tidtam.base.time.ThaiDigits.toArabic(meeting).trim().split("/");
        try {
            return p.length == 2 ? Long.parseLong(p[1].trim()) * 1000 + Long.parseLong(p[0].trim()) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
