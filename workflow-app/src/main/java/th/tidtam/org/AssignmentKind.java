package th.tidtam.org;

/**
 * How a person fills a position: substantive holder, acting (รักษาราชการแทน) or delegation
 * (ปฏิบัติราชการแทน, limited to what the order delegates).
 */
public enum AssignmentKind {
    HOLDER, ACTING, DELEGATION;

    /** Holders and acting holders make the position theirs; a delegate only exercises the delegated powers. */
    public boolean fillsPosition() {
        return this != DELEGATION;
    }
}
