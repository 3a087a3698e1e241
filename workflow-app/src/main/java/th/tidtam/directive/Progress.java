package th.tidtam.directive;

/** How a unit's work stands in a progress report. */
public enum Progress {
    ON_TRACK, AT_RISK, BLOCKED
}
