package th.tidtam.meeting;

/** Who came for a member position: its holder, a representative (ผู้แทน) with name and title, or nobody and why. */
public record AttendanceLine(long positionId, String positionTitleTh, String positionTitleEn, AttendanceStatus status,
        String representativeName, String representativeTitle, String absenceReason) {
}
