package th.tidtam.outgoing;

import java.time.LocalDate;

import th.tidtam.org.SecrecyClass;

/**
 * One line of the outgoing register (ทะเบียนหนังสือส่ง, ข้อ 43): เลขทะเบียนส่ง, ที่, ลงวันที่, จาก, ถึง, เรื่อง, การปฏิบัติ,
 * หมายเหตุ. A classified letter the reader may not see shows its number and date only.
 */
public record RegisterLine(long letterId, int seq, boolean circular, String number, LocalDate date, String from,
        String to, String subject, String action, String remarks, SecrecyClass secrecy) {
}
