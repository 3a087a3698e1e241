package th.tidtam.calendar;

/** Why a day is a holiday. Only the day matters to the working-day arithmetic; the kind is for people. */
public enum HolidayKind {
    /** A regular public holiday of the civil service. */
    OFFICIAL,
    /** A special holiday the Cabinet adds (วันหยุดพิเศษ). */
    SPECIAL,
    /** The substitution day (วันหยุดชดเชย) for a holiday that falls on a weekend: always a weekday. */
    SUBSTITUTION
}
