package th.tidtam.meeting.service;

import java.time.LocalDateTime;

/**
 * A meeting moved to another time, as the secretariat announces it. Times are wall-clock times in Bangkok.
 *
 * @param endsAt            default: as long as before
 * @param room              default: the room it had
 * @param cutOffWorkingDays default: as many working days before the meeting as before
 * @param reason            why it moves (told to the members), required
 */
public record RescheduleMeeting(LocalDateTime startsAt, LocalDateTime endsAt, String room, Integer cutOffWorkingDays,
        String reason) {
}
