package th.tidtam.report.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import th.tidtam.directive.service.FollowUpSource;

/**
 * A follow-up report ready to render: what it covers and its directives grouped by where they came from (a meeting's
 * agenda item, or the kind of source for directives not from a meeting).
 *
 * @param meeting       the meeting it is for, or null for a period
 * @param previous      the meeting before it, whose date opens the window; null when none is on record
 * @param windowFrom    first day of the window (null: since the beginning of the record)
 * @param windowTo      last day of the window
 * @param fileStem      "follow-up-11-2569", "follow-up-2569-10-01-2569-11-30"
 */
public record FollowUpReport(String meeting, FollowUpSource.Meeting previous, LocalDate windowFrom, LocalDate windowTo,
        Instant generatedAt, LocalDate generatedOn, List<Group> groups, String fileStem) {

    /** Directives of one meeting agenda item ({@code meeting} set) or of one kind of source ({@code meeting} null). */
    public record Group(String meeting, String agendaItem, th.tidtam.directive.SourceKind sourceKind,
            List<FollowUpSource.DirectiveLine> directives) {
    }

    public int directiveCount() {
        return groups.stream().mapToInt(g -> g.directives().size()).sum();
    }

    public long partCount() {
        return groups.stream().flatMap(g -> g.directives().stream()).mapToLong(d -> d.parts().size()).sum();
    }
}
