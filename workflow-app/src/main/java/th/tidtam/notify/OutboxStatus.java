package th.tidtam.notify;

/** Where a message of the outbox stands. */
public enum OutboxStatus {
    /** waiting for the sender */
    PENDING,
    /** accepted by the SMTP server */
    SENT,
    /** the server refused or could not be reached; tried again at the next attempt's time */
    FAILED_RETRYING,
    /** the address is malformed, the server refused the recipient, or every attempt failed: the reason is kept */
    GIVEN_UP,
    /** no SMTP server is configured: the administrator reads it on the outbox screen */
    HELD;

    /** Whether the administrator may send it again now. */
    public boolean retryable() {
        return this == FAILED_RETRYING || this == GIVEN_UP || this == HELD;
    }

    /** The message key of the status's name on screens and in messages. */
    public String labelKey() {
        return "notify.status." + name();
    }
}
