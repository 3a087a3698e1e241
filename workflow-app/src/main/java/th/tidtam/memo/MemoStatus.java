package th.tidtam.memo;

/** Where a memo stands. */
public enum MemoStatus {
    /** being drafted; only the drafter's position sees it */
    DRAFT,
    /** going up the chain: waiting at a level */
    IN_CHAIN,
    /** returned to the drafter for correction */
    RETURNED,
    /** decided at the top (or on its behalf) */
    DECIDED,
    /** withdrawn by the drafter */
    WITHDRAWN
}
