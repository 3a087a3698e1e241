package th.tidtam.dashboard.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.directive.service.DirectiveStatistics;
import th.tidtam.directive.service.DirectiveStatistics.DirectiveLine;
import th.tidtam.directive.service.DirectiveStatistics.PartFilter;
import th.tidtam.directive.service.DirectiveStatistics.PartSelection;
import th.tidtam.directive.service.DirectiveStatistics.PartTimes;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitSummary;

/**
 * The directives behind one figure of the dashboard: the same parts the figure counted (same selection, same fair
 * lateness), their directives newest first; the screen and the API page through them with {@link #rows}.
 */
@Component
class DrillDown {

    private final DirectiveStatistics statistics;
    private final FairTiming timing;
    private final WorkingCalendar calendar;
    private final OrgDirectory org;

    DrillDown(DirectiveStatistics statistics, FairTiming timing, WorkingCalendar calendar, OrgDirectory org) {
        this.statistics = statistics;
        this.timing = timing;
        this.calendar = calendar;
        this.org = org;
    }

    /** Ids of the directives behind the figure ({@code key} narrows it), newest first. */
    List<Long> directiveIds(DashboardScope s, Figure figure, String key) {
        LocalDate today = calendar.today();
        PartFilter f = s.filter();
        PartSelection selection;
        Predicate<PartTimes> keep = r -> true;
        switch (figure) {
            case OPEN_PARTS -> selection = PartSelection.openParts();
            case OPEN_DIRECTIVES -> selection = PartSelection.ofOpenDirectives();
            case WAITING -> selection = PartSelection.openWaiting();
            case OVERDUE -> {
                selection = PartSelection.openDueBefore(today);
                keep = r -> lateAsOf(r, today) > 0;
            }
            case DUE_SOON -> {
                selection = PartSelection.openDueBy(calendar.addWorkingDays(today, Dashboard.DUE_SOON_WORKING_DAYS));
                keep = r -> lateAsOf(r, today) == 0;
            }
            case AGING -> {
                int bucket = intKey(key, FairTiming.AGING_FROM.length);
                selection = PartSelection.openDueBefore(today);
                keep = r -> {
                    int late = lateAsOf(r, today);
                    return late > 0 && FairTiming.bucketOf(late) == bucket;
                };
            }
            case FINISHED_THIS_MONTH, CLOSED_THIS_MONTH -> {
                YearMonth m = YearMonth.from(today);
                selection = figure == Figure.FINISHED_THIS_MONTH
                        ? PartSelection.finishedBetween(m.atDay(1), m.plusMonths(1).atDay(1))
                        : PartSelection.ofDirectivesClosedBetween(m.atDay(1), m.plusMonths(1).atDay(1));
            }
            case FINISHED, ON_TIME, LATE, WAITED -> {
                selection = PartSelection.finishedBetween(s.from(), s.to().plusDays(1));
                Collection<Long> keyUnits = unitsOfKey(s, key);
                if (keyUnits != null) {
                    f = f.narrowedTo(keyUnits);
                }
                keep = switch (figure) {
                    case ON_TIME -> r -> finished(r).late() == 0;
                    case LATE -> r -> finished(r).late() > 0;
                    case WAITED -> r -> finished(r).waitingDays() > 0;
                    default -> keep;
                };
            }
            case ISSUED_IN_MONTH, CLOSED_IN_MONTH -> {
                YearMonth m = monthKey(key);
                LocalDate from = max(m.atDay(1), s.from());
                LocalDate until = min(m.plusMonths(1).atDay(1), s.to().plusDays(1));
                selection = figure == Figure.ISSUED_IN_MONTH ? PartSelection.ofDirectivesIssuedBetween(from, until)
                        : PartSelection.ofDirectivesClosedBetween(from, until);
            }
            default -> throw new RuleViolation("dashboard.error.figure");
        }
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        statistics.partTimes(f, selection).stream().filter(keep).forEach(r -> ids.add(r.directiveId()));
        return List.copyOf(ids);
    }

    /** The rows of the given directives (already drilled to), in the order given, with their lead unit's names. */
    List<DirectiveRow> rows(List<Long> ids) {
        List<DirectiveLine> lines = statistics.lines(ids);
        Map<Long, UnitSummary> units = org.unitsInOrder(lines.stream().map(DirectiveLine::leadUnitId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
        return lines.stream().filter(d -> units.containsKey(d.leadUnitId())).map(d -> {
            UnitSummary lead = units.get(d.leadUnitId());
            return new DirectiveRow(d.id(), d.number(), d.subject(), d.status(), d.urgency(), d.dueDate(), d.issuedAt(),
                    lead.nameTh(), lead.nameEn(), d.meetingNumber());
        }).toList();
    }

    private int lateAsOf(PartTimes r, LocalDate today) {
        return timing.lateOpen(r.dueDate(), r.endedWaitingDays(), r.waitingSince(), today);
    }

    private FairTiming.Timing finished(PartTimes r) {
        return timing.finished(r.dueDate(), r.finishedAt().toLocalDate(), r.endedWaitingDays(), r.waitingSince());
    }

    /** The units a rate's key names ("unit:id", "sphere:id", "sphere:none"); null for no key (the total). */
    private static Collection<Long> unitsOfKey(DashboardScope s, String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (key.startsWith("unit:")) {
            return Set.of(longKey(key.substring(5)));
        }
        if (key.equals("sphere:none")) {
            return s.tree().unitsInNoSphere();
        }
        if (key.startsWith("sphere:")) {
            return s.tree().unitsInSpheres(Set.of(longKey(key.substring(7))));
        }
        throw new RuleViolation("dashboard.error.figure");
    }

    private static long longKey(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new RuleViolation("dashboard.error.figure");
        }
    }

    private static int intKey(String key, int bound) {
        long v = key == null ? -1 : longKey(key);
        if (v < 0 || v >= bound) {
            throw new RuleViolation("dashboard.error.figure");
        }
        return (int) v;
    }

    private static YearMonth monthKey(String key) {
        YearMonth month;
        try {
            month = YearMonth.parse(key == null ? "" : key);
        } catch (DateTimeParseException e) {
            throw new RuleViolation("dashboard.error.figure");
        }
        // "+999999999-12" parses, and its next month (the end of the range) would overflow
        if (month.getYear() < 1900 || month.getYear() > 2999) {
            throw new RuleViolation("dashboard.error.figure");
        }
        return month;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
