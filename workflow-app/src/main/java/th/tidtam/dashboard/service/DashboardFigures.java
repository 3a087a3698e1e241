package th.tidtam.dashboard.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Everything the dashboard shows for one set of filters; the screen and {@code GET /api/dashboard} share it. */
public record DashboardFigures(LocalDate from, LocalDate to, Integer fiscalYear, LocalDate today, Counts counts,
        Rate total, List<Rate> bySphere, List<Rate> byAgency, List<Bucket> aging, List<Month> trend,
        List<OverduePart> overdue, long overdueTotal) {

    /**
     * Open parts, overdue parts and parts due within {@value Dashboard#DUE_SOON_WORKING_DAYS} working days are as of
     * today, over directives issued up to the period's end; the closed figures are of the current calendar month.
     */
    public record Counts(long openParts, long openDirectives, long overdueParts, long dueSoonParts, long waitingParts,
            long finishedPartsThisMonth, long closedDirectivesThisMonth) {
    }

    /**
     * Parts finished in the period: on time by {@code PartTiming} (due date in force, waiting on others excluded);
     * {@code waited} parts spent {@code waitingDays} working days in all waiting on other agencies.
     */
    public record Rate(Long id, String nameTh, String nameEn, long finished, long onTime, long late, long waited,
            long waitingDays) {

        /** Percent on time, or null when nothing was finished (no rate rather than a false 0 %). */
        @com.fasterxml.jackson.annotation.JsonProperty("percentOnTime")
        public Double percentOnTime() {
            return finished == 0 ? null : Math.round(1000.0 * onTime / finished) / 10.0;
        }
    }

    /** Open parts late by {@code minDays}..{@code maxDays} working days ({@code maxDays} null: no upper bound). */
    public record Bucket(int index, int minDays, Integer maxDays, long parts) {
    }

    /** Directives issued and directives closed in a month of the period. */
    public record Month(YearMonth month, long issued, long closed) {
    }

    /** An overdue part, with the position holding it now (the worker when delegated) and how far it climbed. */
    public record OverduePart(long partId, long directiveId, String number, String subject, long unitId, String unitTh,
            String unitEn, String holderTh, String holderEn, boolean delegated, LocalDate dueDate,
            LocalDate originalDueDate, int workingDaysLate, int waitingDays, int escalationLevel, String escalatedToTh,
            String escalatedToEn) {
    }
}
