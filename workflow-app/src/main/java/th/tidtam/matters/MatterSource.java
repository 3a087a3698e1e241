package th.tidtam.matters;

/** Where a matter came from. */
public enum MatterSource {
    /** a registered incoming letter (linked both ways, case LETTER_IN) */
    LETTER,
    /** handed over by the Damrongdhama centre, with the complainant's details */
    COMPLAINT,
    MINISTRY_ORDER,
    MEETING,
    OTHER
}
