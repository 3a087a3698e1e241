package th.tidtam.matters;

/** How a holder says its part is going in a progress report. */
public enum ProgressStatus {
    ON_TRACK, AT_RISK, DELAYED
}
