package th.tidtam.meeting;

/** How a member position was at a meeting: present, represented by someone (ผู้แทน), or absent (with a reason). */
public enum AttendanceStatus {
    PRESENT, REPRESENTED, ABSENT
}
