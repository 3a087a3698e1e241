package th.tidtam.matters;

import java.time.LocalDate;
import java.util.List;

/**
 * The head of office's triage. ASSIGN: {@code unitId} and {@code dueDate}; SPLIT: two or more {@code shares};
 * KEEP: {@code unitId} is one of the provincial office's groups, with {@code dueDate}. {@code note} goes on the
 * timeline.
 */
public record TriageCommand(TriageOutcome outcome, Long unitId, LocalDate dueDate, List<Share> shares, String note) {

    /** One unit's share of a split matter. */
    public record Share(Long unitId, String text, LocalDate dueDate) {
    }
}
