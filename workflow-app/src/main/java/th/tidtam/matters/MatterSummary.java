package th.tidtam.matters;

import java.time.LocalDate;

import th.tidtam.casework.Urgency;
import th.tidtam.org.SecrecyClass;

/** One matter as a list shows it; {@code holders} names the units holding it (Thai names, joined). */
public record MatterSummary(long id, String number, String subject, MatterSource source, Urgency urgency,
        SecrecyClass secrecy, LocalDate receivedOn, LocalDate dueDate, MatterStatus status, String holders,
        boolean withoutOwner, boolean overdue) {
}
