package th.tidtam.casework.timeline;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.CaseRef;

/**
 * The timeline of every case type: who did what, in which position and capacity, when. Entries are written in the
 * caller's transaction (a refused step leaves none) and never changed afterwards.
 */
@Service
public class Timeline {

    private final CaseEventRepository events;

    Timeline(CaseEventRepository events) {
        this.events = events;
    }

    /** Records what happened; {@code kind} is the case type's enum constant, {@code partId} may be null. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(CaseRef ref, Long partId, Enum<?> kind, ActorStamp by, String detail, Instant at) {
        events.save(new CaseEvent(ref, partId, at, kind.name(), by, detail));
    }

    /** The case's entries, oldest first. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> of(CaseRef ref) {
        return events.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(ref.type(), ref.id()).stream()
                .map(CaseEvent::entry).toList();
    }

    /** The entries of several cases of one type in one query, oldest first. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> of(String caseType, Collection<Long> caseIds) {
        return caseIds.isEmpty() ? List.of()
                : events.findByCaseTypeAndCaseIdInOrderByOccurredAtAscIdAsc(caseType, caseIds).stream()
                        .map(CaseEvent::entry).toList();
    }
}
