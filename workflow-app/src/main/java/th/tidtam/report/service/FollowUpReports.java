package th.tidtam.report.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.time.ThaiDigits;
import th.tidtam.database.ReplicaRead;
import th.tidtam.directive.SourceKind;
import th.tidtam.directive.service.FollowUpSource;
import th.tidtam.directive.service.FollowUpSource.DirectiveLine;
import th.tidtam.directive.service.FollowUpSource.Meeting;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.security.Roles;
import th.tidtam.security.TidtamUser;

/**
 * Which directives a follow-up report covers, and the report itself.
 * <p>
 * Meetings and their dates come from the meeting register: a sitting of the monthly meeting (held or planned) is dated
 * by its start. A number the register does not know (typed into directives before the register was kept, or an
 * installation without one) is still dated by the earliest {@code issued_at} of the directives carrying it. "The
 * previous meeting" is the meeting on record just before (by BE year, then number).
 * <ul>
 * <li><b>For a meeting</b> M: directives issued before M's date, other than M's own, that are still open or were
 * closed on or after the previous meeting's date (all open ones when no earlier meeting is on record).</li>
 * <li><b>For a period</b> from–to: directives issued by the end of {@code to} that are still open or were closed on or
 * after {@code from}.</li>
 * <li><b>Neither</b>: the period since the latest meeting on record that has begun, up to now, that meeting's own
 * directives included (they are what the next meeting follows up); a sitting only planned does not start it.</li>
 * </ul>
 * Status is the current one and days late are {@code PartTiming}'s as of today, so the report agrees with the screens.
 * <p>
 * Read from the MariaDB replica when one is configured and current ({@link ReplicaRead}), the PDF and Excel exports
 * included; the rendering holds no connection (each read is its own short transaction).
 */
@Service
@ReplicaRead
public class FollowUpReports {

    /** Who may generate the report: the governor, vice governors, the head of office and the secretariat. */
    public static final List<String> ROLES = List.of(Roles.GOVERNOR, Roles.VICE_GOVERNOR, Roles.HEAD_OF_OFFICE,
            Roles.SECRETARIAT);

    private final FollowUpSource source;
    private final FollowUpPdf pdf;
    private final FollowUpXlsx xlsx;
    private final ReportLetterhead letterhead;
    private final Clock clock;

    FollowUpReports(FollowUpSource source, FollowUpPdf pdf, FollowUpXlsx xlsx, ReportLetterhead letterhead, Clock clock) {
        this.source = source;
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.letterhead = letterhead;
        this.clock = clock;
    }

    public static boolean mayGenerate(TidtamUser user) {
        return user != null && ROLES.stream().anyMatch(user::hasRole);
    }

    /** Meeting numbers on record in the positions' province, latest first, for the screen's choice. */
    public List<String> meetingNumbers(List<CurrentPosition> positions) {
        List<String> numbers = new ArrayList<>(source.meetings(positions).stream().map(Meeting::number).toList());
        java.util.Collections.reverse(numbers);
        return numbers;
    }

    /** Checks the request without reading any directive, so that bad input fails before anything is generated. */
    public void check(ReportRequest request, List<CurrentPosition> positions) {
        scope(request, positions);
    }

    public FollowUpReport report(ReportRequest request, List<CurrentPosition> positions) {
        Scope scope = scope(request, positions);
        List<DirectiveLine> lines = source.openOrClosedWithin(positions, scope.since(), scope.until(), scope.excluded());
        return new FollowUpReport(scope.meeting(), scope.previous(), scope.from(), scope.to(), source.now(),
                source.today(), group(lines), scope.fileStem());
    }

    public GeneratedReport generate(ReportRequest request, List<CurrentPosition> positions) {
        FollowUpReport report = report(request, positions);
        byte[] bytes = request.format() == ReportFormat.XLSX ? xlsx.render(report, request.thaiDigits())
                : pdf.render(report, request.thaiDigits(), letterhead.of(positions));
        return new GeneratedReport(report.fileStem() + "." + request.format().extension(), request.format(), bytes,
                report.directiveCount(), report.partCount());
    }

    private record Scope(String meeting, Meeting previous, Instant since, Instant until, String excluded, LocalDate from,
            LocalDate to, String fileStem) {
    }

    /** The window of the report; meetings are those of the positions' province. */
    private Scope scope(ReportRequest request, List<CurrentPosition> positions) {
        boolean period = request.from() != null || request.to() != null;
        String meeting = request.meeting() == null || request.meeting().isBlank() ? null
                : ThaiDigits.toArabic(request.meeting()).replace(" ", "");
        if (meeting != null && period) {
            throw new RuleViolation("report.error.meeting-or-period");
        }
        if (meeting != null) {
            if (FollowUpSource.parseMeetingNumber(meeting) == null) {
                throw new RuleViolation("report.error.malformed-meeting", request.meeting());
            }
            List<Meeting> meetings = source.meetings(positions);
            int at = indexOf(meetings, meeting);
            if (at < 0) {
                throw new RuleViolation("report.error.unknown-meeting", request.meeting());
            }
            Meeting m = meetings.get(at);
            Meeting previous = at == 0 ? null : meetings.get(at - 1);
            return new Scope(m.number(), previous, previous == null ? null : previous.heldAt(), m.heldAt(), m.number(),
                    previous == null ? null : day(previous.heldAt()), day(m.heldAt()),
                    "follow-up-" + m.number().replace('/', '-'));
        }
        if (period) {
            if (request.from() == null) {
                throw new RuleViolation("report.error.period-needs-from");
            }
            LocalDate to = request.to() == null ? source.today() : request.to();
            if (request.from().isAfter(to)) {
                throw new RuleViolation("report.error.from-after-to");
            }
            return new Scope(null, null, start(request.from()), start(to.plusDays(1)), null, request.from(), to,
                    "follow-up-" + request.from() + "-" + to);
        }
        Instant now = source.now();
        Meeting last = source.meetings(positions).stream().filter(m -> !m.heldAt().isAfter(now)).reduce((a, b) -> b).orElse(null);
        return new Scope(null, last, last == null ? null : last.heldAt(), now.plusSeconds(1), null,
                last == null ? null : day(last.heldAt()), source.today(),
                last == null ? "follow-up-" + source.today() : "follow-up-since-" + last.number().replace('/', '-'));
    }

    private static int indexOf(List<Meeting> meetings, String number) {
        int[] wanted = FollowUpSource.parseMeetingNumber(number);
        for (int i = 0; i < meetings.size(); i++) {
            Meeting m = meetings.get(i);
            if (m.sequence() == wanted[0] && m.beYear() == wanted[1]) {
                return i;
            }
        }
        return -1;
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(clock.getZone()).toLocalDate();
    }

    /** Meeting agenda items first, in meeting then agenda order; then the other sources in the order of their kinds. */
    static List<FollowUpReport.Group> group(List<DirectiveLine> lines) {
        Map<String, List<DirectiveLine>> byKey = new LinkedHashMap<>();
        Map<String, FollowUpReport.Group> heads = new LinkedHashMap<>();
        for (DirectiveLine d : lines) {
            boolean fromMeeting = d.sourceKind() == SourceKind.MEETING && d.meetingNumber() != null;
            String key = fromMeeting ? "M|" + d.meetingNumber() + "|" + Optional.ofNullable(d.agendaItem()).orElse("")
                    : "S|" + d.sourceKind();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
            heads.putIfAbsent(key, new FollowUpReport.Group(fromMeeting ? d.meetingNumber() : null,
                    fromMeeting ? d.agendaItem() : null, d.sourceKind(), List.of()));
        }
        Comparator<FollowUpReport.Group> order = Comparator.comparing((FollowUpReport.Group g) -> g.meeting() == null)
                .thenComparing(g -> meetingOrder(g.meeting())).thenComparing(g -> agendaOrder(g.agendaItem()))
                .thenComparing(g -> g.sourceKind().ordinal());
        return heads.entrySet().stream().map(e -> new FollowUpReport.Group(e.getValue().meeting(), e.getValue().agendaItem(),
                e.getValue().sourceKind(), byKey.get(e.getKey()))).sorted(order).toList();
    }

    private static long meetingOrder(String meeting) {
        int[] p = FollowUpSource.parseMeetingNumber(meeting);
        return p == null ? Long.MAX_VALUE : p[1] * 10_000L + p[0];
    }

    /** "3.10" after "3.9": compare agenda items number by number. */
    private static String agendaOrder(String item) {
        if (item == null || item.isBlank()) {
            return "~";
        }
        StringBuilder key = new StringBuilder();
        for (String part : ThaiDigits.toArabic(item).split("[^0-9]+")) {
            if (!part.isEmpty()) {
                key.append(String.format("%06d.", Long.parseLong(part.length() > 6 ? part.substring(0, 6) : part)));
            }
        }
        return key.append(item).toString();
    }
}
