package th.tidtam.directive.service;

import java.time.LocalDate;
import java.util.List;

import th.tidtam.casework.CaseRef;
import th.tidtam.directive.Cadence;
import th.tidtam.directive.SourceKind;

/**
 * What the governor (or the secretariat on the governor's behalf) says when issuing a directive. Urgency and secrecy
 * arrive as text so that a refused class (ลับที่สุด / TOP_SECRET) gets its own clear message.
 *
 * @param dueDate         a date, or
 * @param dueInWorkingDays a number of Thai working days from today
 * @param allDistricts    "all districts" as one pick
 * @param sourceCase      the case it came from (a memo, an incoming letter), shown as a link both ways; may be null
 */
public record IssueDirective(String subject, String text, String urgency, String secrecy, Long leadUnitId,
        List<Long> supportingUnitIds, boolean allDistricts, LocalDate dueDate, Integer dueInWorkingDays,
        Cadence cadence, Integer cadenceDays, SourceKind sourceKind, String sourceReference, String meetingNumber,
        String agendaItem, Long supersedesId, CaseRef sourceCase) {

    /** Without a source case (a meeting, a field visit, a directive typed in by the secretariat). */
    public IssueDirective(String subject, String text, String urgency, String secrecy, Long leadUnitId,
            List<Long> supportingUnitIds, boolean allDistricts, LocalDate dueDate, Integer dueInWorkingDays,
            Cadence cadence, Integer cadenceDays, SourceKind sourceKind, String sourceReference, String meetingNumber,
            String agendaItem, Long supersedesId) {
        this(subject, text, urgency, secrecy, leadUnitId, supportingUnitIds, allDistricts, dueDate, dueInWorkingDays,
                cadence, cadenceDays, sourceKind, sourceReference, meetingNumber, agendaItem, supersedesId, null);
    }
}
