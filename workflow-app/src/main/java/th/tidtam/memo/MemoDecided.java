package th.tidtam.memo;

import java.time.Instant;

import th.tidtam.casework.ActorStamp;

/** What a memo was decided, for the subject it is about. {@code directiveId} is set for {@link Decision#ASSIGN}. */
public record MemoDecided(long memoId, Decision decision, ActorStamp by, Instant at, String note, Long directiveId) {
}
