package th.tidtam.org;

/** What an organisational unit is in a Thai province; drives defaults and where a unit may sit in the tree. */
public enum UnitKind {
    PROVINCE, CATEGORY, GOVERNOR_OFFICE, VICE_GOVERNORS, PROVINCIAL_OFFICE, OFFICE_GROUP, AGENCY, DISTRICT, SUB_UNIT, SYSTEM,
    /** the Ministry of Interior's units: in no province, they follow every province's figures */
    MINISTRY;

    /**
     * Whether a directive may be given to a unit of this kind: not to the province as a whole, a heading of the tree
     * (CATEGORY) or the system's own unit. The one rule for the directive service, its pickers and the unit lexicon.
     */
    public boolean takesDirectives() {
        return this != CATEGORY && this != PROVINCE && this != SYSTEM && this != MINISTRY;
    }
}
