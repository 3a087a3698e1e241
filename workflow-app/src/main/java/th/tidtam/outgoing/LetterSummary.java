package th.tidtam.outgoing;

import java.time.Instant;
import java.time.LocalDate;

import th.tidtam.casework.Urgency;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.SecrecyClass;

/**
 * An outgoing letter as screens and the API show it: the fields of a หนังสือภายนอก, its number and date once signed
 * or registered (Arabic digits; documents render Thai digits), who drafted and who signed it.
 */
public record LetterSummary(long id, long bookId, String ownerCode, OutgoingStatus status, boolean circular,
        String number, LocalDate letterDate, String ownerAddress, String subject, String salutation, String reference,
        String enclosures, String body, String closing, String department, String phone, String recipients,
        String copiesTo, Urgency urgency, SecrecyClass secrecy, String matter, String actionTaken, String remarks,
        Long draftedByPositionId, Long signedByPersonId, Long signedByPositionId, AssignmentKind signedCapacity,
        Instant signedAt, String signatureBlock, Long memoId, Instant updatedAt) {
}
