package th.tidtam.matters;

/** Where a matter stands: waiting for the head of office's triage, held by its parts, or closed. */
public enum MatterStatus {
    TRIAGE, OPEN, CLOSED
}
