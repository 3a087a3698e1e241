package th.tidtam.matters;

import java.time.LocalDate;

import th.tidtam.casework.Urgency;
import th.tidtam.org.SecrecyClass;

/**
 * What registering a matter takes. {@code letterId} for a LETTER (a registered incoming letter); {@code complainant}
 * for a COMPLAINT (required there, refused elsewhere).
 */
public record NewMatter(String subject, String description, MatterSource source, String sourceRef, Long letterId,
        Urgency urgency, SecrecyClass secrecy, LocalDate receivedOn, Complainant complainant) {
}
