package th.tidtam.outgoing.service;

/** What the timeline of an outgoing letter records. */
enum OutgoingEvent {
    DRAFTED, CHANGED, PRESENTED, DISAPPROVED, SIGNED, REGISTERED, WITHDRAWN
}
