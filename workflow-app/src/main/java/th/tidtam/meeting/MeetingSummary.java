package th.tidtam.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import th.tidtam.org.AssignmentKind;

/**
 * A meeting as the screens, documents and other modules know it. Times are wall-clock times in Bangkok.
 *
 * @param number                    "N/BE-year" with Arabic digits, e.g. "1/2569"
 * @param chairCapacity             HOLDER, or ACTING / DELEGATION when someone chairs in another's place
 * @param chairInPlaceOfPositionId  whose place the chair takes (null when the chair chairs in their own right)
 * @param cutOffDate                the last day agencies may submit items (the secretariat's override after it)
 * @param agendaVersion             0 before publication, then 1, 2, ... with each published change
 * @param adoptedAtMeetingId        the (next) meeting that adopted these minutes under its item 2
 */
public record MeetingSummary(long id, long bodyId, String bodyCode, String bodyNameTh, String bodyNameEn, BodyKind bodyKind,
        String number, int sequence, int beYear, LocalDateTime startsAt, LocalDateTime endsAt, String room,
        long chairPositionId, AssignmentKind chairCapacity, Long chairInPlaceOfPositionId, Long secretaryPositionId,
        LocalDate cutOffDate, MeetingStatus status, int agendaVersion, MinutesStatus minutesStatus,
        Long minutesCheckedByPositionId, Instant minutesCheckedAt, Long adoptedAtMeetingId, Boolean adoptedWithCorrections,
        String processInstanceId) {

    public String bodyName(boolean thai) {
        return thai ? bodyNameTh : bodyNameEn;
    }
}
