package th.tidtam.report.service;

import java.time.LocalDate;

/**
 * What to report on: a meeting ({@code meeting}, e.g. "11/2569"), a period ({@code from}–{@code to}), or neither for
 * the period since the latest meeting on record.
 */
public record ReportRequest(String meeting, LocalDate from, LocalDate to, ReportFormat format, boolean thaiDigits) {

    public static ReportRequest sinceLastMeeting(ReportFormat format, boolean thaiDigits) {
        return new ReportRequest(null, null, null, format, thaiDigits);
    }
}
