package th.tidtam.meeting;

import java.time.Instant;

/** A published version of a meeting's agenda; {@code snapshot} is the agenda as published (JSON). */
public record AgendaVersionView(long meetingId, int version, Instant publishedAt, Long publishedByPositionId,
        String changeNote, String snapshot) {
}
