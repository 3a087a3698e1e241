package th.tidtam.meeting;

import java.time.Instant;

import th.tidtam.org.SecrecyClass;

/**
 * An agenda item with its minutes (what was reported, the resolution).
 *
 * @param number "4.2": section and place in it, Arabic digits
 */
public record AgendaItemView(long id, long meetingId, AgendaSection section, int sequence, String number, String title,
        String summary, Long presenterUnitId, String presenterUnitNameTh, String presenterUnitNameEn,
        Long submittedByPositionId, Long submittedByPersonId, Instant submittedAt, AgendaItemStatus status,
        String returnReason, Long movedToMeetingId, Long movedFromItemId, boolean lateOverride, SecrecyClass secrecy,
        String reported, String resolution) {
}
