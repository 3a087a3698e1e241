package th.tidtam.dashboard.service;

import java.time.Instant;
import java.time.LocalDate;

/** A directive behind a dashboard figure (one row of a drill-down). */
public record DirectiveRow(long id, String number, String subject, String status, String urgency, LocalDate dueDate,
        Instant issuedAt, String leadUnitTh, String leadUnitEn, String meetingNumber) {
}
