package th.tidtam.letters;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import th.tidtam.casework.Urgency;
import th.tidtam.org.SecrecyClass;

/**
 * One letter of the incoming register as the screens and the API show it: the register's columns (เลขทะเบียนรับ, ที่,
 * ลงวันที่, จาก, ถึง, เรื่อง, การปฏิบัติ, หมายเหตุ), the receiving stamp (number, date and time) and where it stands.
 *
 * @param number the received number as shown, five digits ({@code 00012})
 */
public record LetterSummary(long id, String number, int receivedYear, int receivedNumber, LocalDateTime receivedAt,
        String senderNumber, LocalDate senderDate, String fromParty, String toParty, String subject, Urgency urgency,
        SecrecyClass secrecy, String attachments, String actionTaken, String remarks, boolean duplicate,
        LetterStatus status, Long handlerPositionId, String handlerTitleTh, String handlerTitleEn, String externalId,
        Instant registeredAt) {

    /** The received number as the register writes it: five digits. */
    public static String format(int receivedNumber) {
        return String.format("%05d", receivedNumber);
    }

    public String handlerTitle(boolean thai) {
        return thai ? handlerTitleTh : handlerTitleEn;
    }
}
