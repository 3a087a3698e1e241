package th.tidtam.memo;

import th.tidtam.casework.Urgency;
import th.tidtam.org.SecrecyClass;

/** What a memo shows of its subject; {@code matter} is a delegable matter code (may be null). */
public record SubjectSummary(String number, String subject, String reference, SecrecyClass secrecy, Urgency urgency,
        String matter) {
}
