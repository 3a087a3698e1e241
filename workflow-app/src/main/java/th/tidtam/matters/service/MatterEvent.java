package th.tidtam.matters.service;

/** The matter's timeline entries (the screens translate {@code matters.event.<name>}). */
enum MatterEvent {
    REGISTERED, ASSIGNED, SPLIT, KEPT, ACCEPTED, DECLINED, REASSIGNED, PROGRESS, EXTENSION_REQUESTED,
    EXTENSION_APPROVED, EXTENSION_REFUSED, FINAL_REPORT, RETURNED, PART_DONE, CLOSED, REMINDED, ESCALATED
}
