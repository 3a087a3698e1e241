package th.tidtam.meeting;

import java.time.LocalDate;
import java.util.List;

import th.tidtam.directive.Cadence;

/**
 * A directive of the chair written in the minutes (ข้อสั่งการ), and the directive it became once issued.
 *
 * @param agendaItemNumber "4.2" as the minutes write it
 * @param unitIds          lead unit first
 */
public record MinutesDirectiveView(long id, long meetingId, Long agendaItemId, String agendaItemNumber, int sequence,
        String subject, String text, List<Long> unitIds, boolean allDistricts, boolean allAgencies, LocalDate dueDate,
        Cadence cadence, Integer cadenceDays, Long issuedDirectiveId, String issuedDirectiveNumber) {

    public boolean issued() {
        return issuedDirectiveId != null;
    }
}
