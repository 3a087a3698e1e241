package th.tidtam.casework.timeline;

import java.time.Instant;

import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.CaseRef;

/**
 * An entry of a case's timeline as the case type reads it back. {@code kind} is the case type's own name for the
 * event (its enum's name); {@code partId} the sub-part it concerns, or null for the whole case.
 */
public record TimelineEntry(Long id, CaseRef ref, Long partId, Instant occurredAt, String kind, ActorStamp by,
        String detail) {

    public boolean is(Enum<?> k) {
        return k.name().equals(kind);
    }
}
