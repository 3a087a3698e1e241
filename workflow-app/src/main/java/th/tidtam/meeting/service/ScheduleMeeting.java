package th.tidtam.meeting.service;

import java.time.LocalDateTime;

import th.tidtam.org.AssignmentKind;

/**
 * A meeting to put in the register. Times are wall-clock times in Bangkok.
 *
 * @param endsAt                   default: two hours after the start
 * @param room                     default: the body's room
 * @param chairPositionId          default: the body's chair
 * @param chairCapacity            HOLDER (default), ACTING or DELEGATION: who chairs in whose place
 * @param chairInPlaceOfPositionId whose place the chair takes (required unless HOLDER)
 * @param secretaryPositionId      default: the body's member in the SECRETARY role, if any
 * @param cutOffWorkingDays        default: the body's
 */
public record ScheduleMeeting(Long bodyId, LocalDateTime startsAt, LocalDateTime endsAt, String room,
        Long chairPositionId, AssignmentKind chairCapacity, Long chairInPlaceOfPositionId, Long secretaryPositionId,
        Integer cutOffWorkingDays) {
}
