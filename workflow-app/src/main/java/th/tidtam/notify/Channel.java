package th.tidtam.notify;

/** How a person hears of one kind of event: a message at once, a line in the next morning's digest, or not at all. */
public enum Channel {
    IMMEDIATE, DIGEST, NONE
}
