package th.tidtam.letters.service;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A letter to register, from the correspondence section's form or the e-saraban feed.
 *
 * @param receivedNumber    null: the next number of the register; a number: back-fills one the register has passed
 *                          without a letter (refused when it is taken or not reached yet)
 * @param receivedAt        null: now; never in the future
 * @param urgency           NORMAL, URGENT, VERY_URGENT, MOST_URGENT (null: NORMAL)
 * @param secrecy           NONE, CONFIDENTIAL, SECRET (null: NONE); TOP_SECRET is refused
 * @param handlerPositionId the position that is to handle it (null: the head of office)
 * @param externalId        the feed's own id: the same id again answers the letter already registered
 */
public record RegisterLetter(Integer receivedNumber, LocalDateTime receivedAt, String senderNumber, LocalDate senderDate,
        String fromParty, String toParty, String subject, String urgency, String secrecy, String attachments,
        String remarks, Long handlerPositionId, String externalId) {
}
