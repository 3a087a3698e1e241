package th.tidtam.memo.service;

/** The memo's timeline entries. */
enum MemoEvent {
    DRAFTED, EDITED, SUBMITTED, PRESENTED, LEVEL_SKIPPED, RETURNED, DECIDED, WITHDRAWN
}
