package th.tidtam.memo;

import java.time.Instant;

/** A memo as a subject's page lists it (linked both ways). */
public record MemoSummary(long id, String number, String subject, MemoStatus status, String atPositionTitleTh,
        String atPositionTitleEn, Decision decision, Instant updatedAt) {
}
