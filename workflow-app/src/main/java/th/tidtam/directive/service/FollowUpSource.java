package th.tidtam.directive.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.calendar.MeetingSchedule;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.directive.domain.Directive;
import th.tidtam.directive.domain.DirectivePart;
import th.tidtam.directive.domain.DirectivePartRepository;
import th.tidtam.directive.domain.DirectiveRepository;
import th.tidtam.directive.domain.DirectiveStatus;
import th.tidtam.directive.domain.PartStatus;
import th.tidtam.directive.Progress;
import th.tidtam.org.SecrecyClass;
import th.tidtam.directive.SourceKind;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.ProvinceScope;
import th.tidtam.org.service.UnitSummary;

/**
 * What a follow-up report (agenda item 3 of the monthly meeting) reads about directives: which meetings are on record
 * (the meeting register's sittings, with the numbers typed into older directives) and, for a window, every directive still open or closed within it, with each unit's latest word and its lateness by
 * {@link PartTiming}. Positions are passed in rather than read from the request, because reports are generated on a
 * background thread; visibility is {@link DirectiveVisibility}'s, so a report never shows more than the screens.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpSource {

    /** Above this a report is unreadable anyway; the cap keeps one request from loading the whole history. */
    public static final int MAX_DIRECTIVES = 2000;

    /**
     * A monthly meeting on record: a sitting of the meeting register ({@link MeetingSchedule}, held or planned),
     * dated by its start; or a number only typed into directives (history from before the register was kept, or an
     * installation without it), dated by the earliest directive carrying it as before.
     */
    public record Meeting(String number, int sequence, int beYear, Instant heldAt) {
    }

    public record PartLine(Long partId, Long unitId, String unitNameTh, String unitNameEn, boolean lead, int round,
            PartStatus status, LocalDate dueDate, LocalDate originalDueDate, Instant finishedAt, int workingDaysLate,
            int waitingWorkingDays, boolean waitingNow, String latestReport, boolean finalReport, Instant latestReportAt,
            Integer percent, Progress progress) {
    }

    public record DirectiveLine(Long id, String number, String subject, SourceKind sourceKind, String meetingNumber,
            String agendaItem, DirectiveStatus status, SecrecyClass secrecy, Instant issuedAt, Instant closedAt,
            LocalDate dueDate, List<PartLine> parts) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final DirectiveRepository directives;
    private final DirectivePartRepository parts;
    private final DirectiveVisibility visibility;
    private final PartTiming timing;
    private final OrgDirectory org;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final th.tidtam.casework.timeline.Timeline timeline;
    private final ObjectProvider<MeetingSchedule> schedule;

    FollowUpSource(NamedParameterJdbcTemplate jdbc, DirectiveRepository directives, DirectivePartRepository parts,
            DirectiveVisibility visibility, PartTiming timing, OrgDirectory org, WorkingCalendar calendar, Clock clock,
            th.tidtam.casework.timeline.Timeline timeline, ObjectProvider<MeetingSchedule> schedule) {
        this.timeline = timeline;
        this.schedule = schedule;
        this.jdbc = jdbc;
        this.directives = directives;
        this.parts = parts;
        this.visibility = visibility;
        this.timing = timing;
        this.org = org;
        this.calendar = calendar;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return calendar.today();
    }

    /**
     * Every meeting on record, in meeting order (year, then number): the register's sittings with their dates, and the
     * numbers only directives of the positions' province carry (another province's "11/2569" is another meeting);
     * malformed numbers are left out.
     */
    public List<Meeting> meetings(List<CurrentPosition> positions) {
        MeetingSchedule register = schedule.getIfAvailable();
        // the sittings of the positions' province's monthly meeting: another province's "11/2569" is another meeting
        ProvinceScope scope = ProvinceScope.of(positions);
        List<MeetingSchedule.Sitting> sittings = register == null ? List.of()
                : scope.provinceIds().size() == 1 ? register.monthlySittings(scope.single()) : register.monthlySittings();
        return merge(numbersInDirectives(positions), sittings, clock.getZone());
    }

    /** The register dates the meetings it knows; the directives' own dating stays for the numbers it does not. */
    static List<Meeting> merge(List<Meeting> fromDirectives, List<MeetingSchedule.Sitting> sittings, ZoneId zone) {
        Map<Long, Meeting> bySequence = new HashMap<>();
        fromDirectives.forEach(m -> bySequence.put(m.beYear() * 10_000L + m.sequence(), m));
        sittings.forEach(s -> bySequence.put(s.beYear() * 10_000L + s.sequence(),
                new Meeting(s.number(), s.sequence(), s.beYear(), s.startsAt().atZone(zone).toInstant())));
        List<Meeting> all = new ArrayList<>(bySequence.values());
        all.sort(Comparator.comparingInt(Meeting::beYear).thenComparingInt(Meeting::sequence));
        return all;
    }

    private List<Meeting> numbersInDirectives(List<CurrentPosition> positions) {
        List<Meeting> all = new ArrayList<>();
        jdbc.query("select meeting_number, min(issued_at) as held from directive where meeting_number is not null"
                + " and province_id in (:provinces) group by meeting_number",
                Map.of("provinces", ProvinceScope.of(positions).idsForQuery()), rs -> {
                    String number = rs.getString(1).trim();
                    int[] parsed = parseMeetingNumber(number);
                    if (parsed != null) {
                        LocalDateTime held = rs.getObject(2, LocalDateTime.class);
                        all.add(new Meeting(number, parsed[0], parsed[1], held.atZone(clock.getZone()).toInstant()));
                    }
                });
        return all;
    }

    /** "11/2569" as {sequence, BE year}, or null when it is not of that form. */
    public static int[] parseMeetingNumber(String number) {
        if (number == null) {
            return null;
        }
        String[] p = number.trim().split("/");
        if (p.length != 2 || !p[0].trim().matches("\\d{1,4}") || !p[1].trim().matches("\\d{4}")) {
            return null;
        }
        return new int[] { Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()) };
    }

    /**
     * Directives the positions may see that were issued before {@code until} and not closed before {@code since}
     * (still open, or closed within the window), leaving out those of {@code excludedMeeting} (a meeting does not
     * follow up its own directives). Each unit appears once, with its part of the latest round it took part in.
     */
    public List<DirectiveLine> openOrClosedWithin(List<CurrentPosition> positions, Instant since, Instant until,
            String excludedMeeting) {
        if (positions.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("until", local(until)).addValue("limit", MAX_DIRECTIVES)
                .addValue("provinces", ProvinceScope.of(positions).idsForQuery());
        // the province first: the cap counts only directives the positions' province has
        String sql = "select id from directive d where d.province_id in (:provinces) and d.issued_at < :until";
        if (since != null) {
            sql += " and (d.closed_at is null or d.closed_at >= :since)";
            params.addValue("since", local(since));
        }
        if (excludedMeeting != null) {
            sql += " and (d.meeting_number is null or d.meeting_number <> :meeting)";
            params.addValue("meeting", excludedMeeting);
        }
        List<Long> candidates = jdbc.queryForList(sql + " order by d.issued_at, d.id limit :limit", params, Long.class);
        List<Long> visible = visibility.visibleAmong(positions, candidates);
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<Long, Directive> byId = directives.findAllById(visible).stream()
                .collect(Collectors.toMap(Directive::getId, Function.identity()));
        Map<Long, List<DirectivePart>> partsOf = latestPartPerUnit(parts.findByDirectiveIdInOrderByDirectiveIdAscLeadDescIdAsc(visible));
        Map<Long, UnitSummary> units = org.units(partsOf.values().stream().flatMap(List::stream).map(DirectivePart::getUnitId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
        Map<Long, Word> words = latestWords(visible);
        LocalDate today = calendar.today();
        return candidates.stream().filter(byId::containsKey).map(byId::get).map(d -> new DirectiveLine(d.getId(),
                d.getNumber(), d.getSubject(), d.getSourceKind(), d.getMeetingNumber(), d.getAgendaItem(), d.getStatus(),
                d.getSecrecy(), d.getIssuedAt(), d.getClosedAt(), d.getDueDate(),
                partsOf.getOrDefault(d.getId(), List.of()).stream().map(p -> line(p, units.get(p.getUnitId()),
                        words.get(p.getId()), today)).toList())).toList();
    }

    private PartLine line(DirectivePart p, UnitSummary unit, Word word, LocalDate today) {
        Integer percent = p.getStatus() == PartStatus.DONE ? Integer.valueOf(100) : p.getLastReportPercent();
        LocalDate end = p.getStatus() == PartStatus.DONE && p.getFinishedAt() != null ? timing.finishedOn(p.getFinishedAt()) : today;
        return new PartLine(p.getId(), p.getUnitId(), unit == null ? "" : unit.nameTh(), unit == null ? "" : unit.nameEn(),
                p.isLead(), p.getRound(), p.getStatus(), p.getDueDate(), p.getOriginalDueDate(), p.getFinishedAt(),
                timing.workingDaysLate(p, today),
                timing.waitingWorkingDays(p.getWaitingWorkingDays(), p.getWaitingSince(), end), p.isWaiting(),
                word == null ? null : word.text(), word != null && word.fin(), word == null ? null : word.at(), percent,
                p.getLastReportStatus());
    }

    /** A unit answers for the latest round it was part of; earlier rounds' parts of the same unit are history. */
    private static Map<Long, List<DirectivePart>> latestPartPerUnit(List<DirectivePart> all) {
        Map<Long, Map<Long, DirectivePart>> byDirective = new LinkedHashMap<>();
        for (DirectivePart p : all) {
            byDirective.computeIfAbsent(p.getDirectiveId(), k -> new LinkedHashMap<>())
                    .merge(p.getUnitId(), p, (a, b) -> b.getRound() >= a.getRound() ? b : a);
        }
        Map<Long, List<DirectivePart>> result = new HashMap<>();
        byDirective.forEach((d, m) -> result.put(d, m.values().stream()
                .sorted(Comparator.comparing(DirectivePart::isLead).reversed().thenComparing(DirectivePart::getId)).toList()));
        return result;
    }

    private record Word(String text, boolean fin, Instant at) {
    }

    /** The latest thing each part said: its final report (timeline) or its latest progress report, whichever is newer. */
    private Map<Long, Word> latestWords(List<Long> directiveIds) {
        Map<Long, Word> words = new HashMap<>();
        Map<String, Object> ids = Map.of("ids", directiveIds);
        jdbc.query("""
                select part_id, body, reported_at from progress_report where directive_id in (:ids) order by reported_at, id
                """, ids, rs -> {
            words.put(rs.getLong(1), new Word(rs.getString(2), false, instant(rs.getObject(3, LocalDateTime.class))));
        });
        timeline.of(DirectiveCase.TYPE, directiveIds).stream()
                .filter(e -> e.partId() != null && e.is(th.tidtam.directive.domain.DirectiveEvent.Kind.FINAL_REPORT))
                .forEach(e -> words.merge(e.partId(), new Word(e.detail(), true, e.occurredAt()),
                        (old, neu) -> neu.at().isBefore(old.at()) ? old : neu));
        return words;
    }

    private LocalDateTime local(Instant instant) {
        // Hibernate writes instants as wall-clock time of the application's zone (hibernate.jdbc.time_zone, the
        // clock's zone: th.tidtam.base.time.ApplicationZone), so compare in that zone
        return instant.atZone(clock.getZone()).toLocalDateTime();
    }

    private Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(clock.getZone()).toInstant();
    }
}
