package th.tidtam.matters;

import java.time.LocalDate;

/**
 * A matter still without an owner: waiting for triage, or declined back. {@code ageDays}: calendar days since it was
 * received; {@code declinedBy}: the units that declined it, with their reasons, as one line.
 */
public record UnownedMatter(long id, String number, String subject, MatterSource source, LocalDate receivedOn,
        long ageDays, MatterStatus status, String declinedBy) {
}
