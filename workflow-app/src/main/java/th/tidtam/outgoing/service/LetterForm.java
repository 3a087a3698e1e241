package th.tidtam.outgoing.service;

import th.tidtam.casework.Urgency;
import th.tidtam.org.SecrecyClass;

/**
 * An outgoing letter as written (หนังสือภายนอก): the book it will be numbered in, whether it is a circular (ว), the
 * regulation's parts, the register's ถึง (recipients) and สำเนาส่ง, urgency, secrecy (ลับที่สุด does not exist here),
 * the delegable matter it concerns (for signing on behalf), and the register's การปฏิบัติ / หมายเหตุ.
 */
public record LetterForm(Long bookId, Boolean circular, String ownerAddress, String subject, String salutation,
        String reference, String enclosures, String body, String closing, String department, String phone,
        String recipients, String copiesTo, Urgency urgency, SecrecyClass secrecy, String matter, String actionTaken,
        String remarks) {
}
