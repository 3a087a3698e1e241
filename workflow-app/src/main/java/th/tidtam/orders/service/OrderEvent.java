package th.tidtam.orders.service;

/** What the order's timeline records (translated as {@code orders.event.<name>}). */
public enum OrderEvent {
    DRAFTED, EDITED, PRESENTED, SIGNED, DISAPPROVED, IN_FORCE, CANCELLED
}
