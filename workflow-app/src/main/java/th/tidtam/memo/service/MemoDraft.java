package th.tidtam.memo.service;

import java.time.LocalDate;

/**
 * A memo as the drafter writes it (the form and the API); strings as typed, checked by the service. Null
 * {@code addresseePositionId}: the governor's position; null {@code memoDate}: today; null {@code salutation}: the
 * addressee's title; null {@code matter}: the subject's matter or GENERAL.
 */
public record MemoDraft(Long positionId, String agency, String referenceNo, LocalDate memoDate, String subject,
        String salutation, String body, String purpose, String matter, String urgency, String secrecy,
        Long addresseePositionId, String subjectType, Long subjectId) {
}
