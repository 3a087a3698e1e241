package th.tidtam.org;

/** The part a position plays for the system; a user's authorities derive from the roles of their current positions. */
public enum PositionRole {
    GOVERNOR, VICE_GOVERNOR, HEAD_OF_OFFICE, SECRETARIAT, ADMINISTRATOR, STAFF
}
