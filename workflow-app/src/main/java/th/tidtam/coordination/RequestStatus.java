package th.tidtam.coordination;

/** Where a coordination request stands. */
public enum RequestStatus {
    DRAFT,
    /** sent: the parties are answering */
    SENT,
    /** consolidated and presented to the governor with a memo, awaiting the decision */
    CONSOLIDATED,
    CLOSED,
    TURNED_INTO_DIRECTIVE,
    /** withdrawn by the requester while nobody had answered */
    WITHDRAWN;

    public boolean open() {
        return this == SENT || this == CONSOLIDATED;
    }
}
