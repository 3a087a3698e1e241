package th.tidtam.meeting.service;

import th.tidtam.meeting.AttendanceStatus;

/** One member position's attendance; a representative needs a name, an absence a reason. */
public record AttendanceEntry(Long positionId, AttendanceStatus status, String representativeName,
        String representativeTitle, String absenceReason) {
}
