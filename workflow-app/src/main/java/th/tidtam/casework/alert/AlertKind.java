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
    DELEGATED_TO_YOU,
    /** you are asked for something by a date (e.g. agenda items for a meeting) */
    REQUESTED,
    /** something you should read was published (e.g. a meeting's agenda or a new version of it) */
    PUBLISHED,
    /** your request for more time was refused: the due date stands */
    EXTENSION_REFUSED,
    /** a comment mentions your position */
    MENTIONED
}
