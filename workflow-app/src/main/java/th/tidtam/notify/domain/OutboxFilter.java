package th.tidtam.notify.domain;

import th.tidtam.notify.OutboxStatus;

/** What the administrator narrows the outbox to; null or blank: any. {@code text} is part of an address or subject. */
public record OutboxFilter(OutboxStatus status, String kind, String text) {

    public static OutboxFilter none() {
        return new OutboxFilter(null, null, null);
    }
}
