package th.tidtam.org;

/**
 * The part a position plays for the system; a user's authorities derive from the roles of their current positions.
 * MINISTRY is a position of the Ministry of Interior (a unit of kind MINISTRY, in no province): it reads every
 * province's figures side by side and nothing else.
 */
public enum PositionRole {
    GOVERNOR, VICE_GOVERNOR, HEAD_OF_OFFICE, SECRETARIAT, ADMINISTRATOR, STAFF, MINISTRY
}
