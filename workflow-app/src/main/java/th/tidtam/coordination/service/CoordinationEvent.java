package th.tidtam.coordination.service;

/** What the request's timeline records (the screens translate {@code coordination.event.<name>}). */
public enum CoordinationEvent {
    CREATED, SENT, ANSWERED, REMINDED, ESCALATED, LINK_ISSUED, READY, CLOSED, PRESENTED, TURNED_INTO_DIRECTIVE, WITHDRAWN
}
