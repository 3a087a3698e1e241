package th.tidtam.meeting;

import java.time.LocalDate;

/** A line of agenda item 3: an open directive of an earlier meeting and where its follow-up stands. */
public record FollowUpLine(long directiveId, String directiveNumber, String subject, String meetingNumber,
        String agendaItem, LocalDate dueDate, String leadUnitNameTh, String leadUnitNameEn, int unitsDone, int units,
        int workingDaysLate) {
}
