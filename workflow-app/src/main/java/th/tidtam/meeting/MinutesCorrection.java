package th.tidtam.meeting;

import java.time.Instant;

/** A correction made when the next meeting adopted the minutes (รับรองโดยมีการแก้ไข). */
public record MinutesCorrection(long meetingId, long adoptedAtMeetingId, Long agendaItemId, String correction,
        Instant recordedAt, Long recordedByPositionId) {
}
