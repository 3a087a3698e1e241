package th.tidtam.org;

/** What an organisational unit is in a Thai province; drives defaults and where a unit may sit in the tree. */
public enum UnitKind {
    PROVINCE, CATEGORY, GOVERNOR_OFFICE, VICE_GOVERNORS, PROVINCIAL_OFFICE, OFFICE_GROUP, AGENCY, DISTRICT, SUB_UNIT, SYSTEM
}
