package th.tidtam.memo.domain;

import java.time.LocalDate;

import th.tidtam.casework.Urgency;
import th.tidtam.memo.MemoPurpose;
import th.tidtam.org.SecrecyClass;

/** The memo's text fields, already checked by the service. */
public record MemoText(String agency, String referenceNo, LocalDate memoDate, String subject, String salutation,
        String body, MemoPurpose purpose, String matter, Urgency urgency, SecrecyClass secrecy, Long addresseePositionId) {
}
