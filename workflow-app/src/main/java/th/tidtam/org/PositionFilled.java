package th.tidtam.org;

import java.time.LocalDate;

/**
 * A holder or an acting holder was recorded for a position (published by org in the transaction that saves the
 * assignment, synchronously: a listener's writes commit or roll back with it). {@code validFrom} is the first day it is
 * in force; listeners decide by the chain of command as it stands today, so an assignment that starts later changes
 * nothing yet.
 */
public record PositionFilled(Long positionId, String positionCode, AssignmentKind kind, Long personId,
        LocalDate validFrom) {
}
