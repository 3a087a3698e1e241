package th.tidtam.letters;

/** What a position did with a letter on its route. */
public enum RouteRole {
    /** the letter was sent to it to handle */
    HANDLER,
    /** a memo about the letter went up from it */
    PRESENTED,
    /** it decided the memo about the letter */
    DECIDED
}
