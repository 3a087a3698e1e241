package th.tidtam.coordination;

import java.time.Instant;
import java.time.LocalDate;

import th.tidtam.casework.Urgency;
import th.tidtam.org.SecrecyClass;

/** A request as lists show it; {@code number} is null for a draft. */
public record RequestSummary(long id, String number, String subject, AskKind askKind, LocalDate dueDate, Urgency urgency,
        SecrecyClass secrecy, RequestStatus status, Long requesterPositionId, String requesterTitleTh,
        String requesterTitleEn, String requesterUnitTh, String requesterUnitEn, int parties, int answered,
        Instant createdAt, Instant sentAt, Long directiveId) {

    /** "ปส. 12/2569": the series' running number and BE year. */
    public static String format(Integer year, Integer value) {
        return year == null || value == null ? null : "ปส. " + value + "/" + year;
    }
}
