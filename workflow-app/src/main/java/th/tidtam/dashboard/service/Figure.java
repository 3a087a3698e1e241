package th.tidtam.dashboard.service;

/**
 * The figures a drill-down can open; the key narrows it (an agency's or a sphere's unit id or supervisor id, an aging
 * bucket's index, a month as yyyy-MM).
 */
public enum Figure {
    OPEN_PARTS, OPEN_DIRECTIVES, OVERDUE, DUE_SOON, WAITING, FINISHED_THIS_MONTH, CLOSED_THIS_MONTH,
    FINISHED, ON_TIME, LATE, WAITED, AGING, ISSUED_IN_MONTH, CLOSED_IN_MONTH
}
