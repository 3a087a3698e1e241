package th.tidtam.notify;

/** How a person hears of one kind of event: a message at once, a line in the next morning's digest, or not at all. */
public enum Channel {
    IMMEDIATE, DIGEST, NONE;

    /** The message key of the channel's name on screens and in messages. */
    public String labelKey() {
        return "notify.channel." + name();
    }
}
