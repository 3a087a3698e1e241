package th.tidtam.casework.alert;

/** What an alert tells a position, for every case type; the screens translate {@code alerts.kind.<name>}. */
public enum AlertKind {
    /** a due date is near */
    REMINDER,
    /** your work is late and was escalated up the chain */
    ESCALATED,
    /** someone's late work was escalated to you */
    ESCALATED_TO_YOU,
    /** what you submitted came back with a comment */
    REPORT_RETURNED,
    /** work was handed down to you */
    DELEGATED_TO_YOU
}
