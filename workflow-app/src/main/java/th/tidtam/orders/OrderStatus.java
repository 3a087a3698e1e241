package th.tidtam.orders;

/** Where an order stands: drafted, up the memo chain, signed (waiting for its date), in force, or not at all. */
public enum OrderStatus {
    DRAFT, PRESENTED, SIGNED, IN_FORCE, DISAPPROVED, CANCELLED;

    /** The drafter may still change it (a memo about it carries no copy: the signer signs what it says then). */
    public boolean editable() {
        return this == DRAFT || this == PRESENTED;
    }

    /** Signed and numbered: the order exists as a document. */
    public boolean signed() {
        return this == SIGNED || this == IN_FORCE || this == CANCELLED;
    }
}
