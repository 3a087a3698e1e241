package th.tidtam.rollup.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import th.tidtam.org.SecrecyClass;

/**
 * The national comparison for one fiscal year: a row per province, a row per kind of agency across provinces and the
 * monthly trend of the last twelve months. {@code clearance}: the highest class counted (NONE: unclassified only).
 */
public record RollUp(int fiscalYear, LocalDate from, LocalDate to, LocalDate today, SecrecyClass clearance,
        List<Row> provinces, List<Row> byAgencyType, List<Month> trend, Row total) {

    /**
     * Figures of a province, an agency type or a unit ({@code id}: the province's or unit's, null for a type): open parts, overdue and due soon among them (as of today), those
     * waiting on others, and parts finished in the period, on time or late; {@code aging}: overdue parts per bucket.
     */
    public record Row(Long id, String key, String nameTh, String nameEn, long open, long overdue, long dueSoon, long waiting,
            long finished, long onTime, long late, long[] aging) {

        /** Percent on time, one decimal, or null when nothing was finished. */
        @com.fasterxml.jackson.annotation.JsonProperty("percentOnTime")
        public Double percentOnTime() {
            return finished == 0 ? null : Math.round(1000.0 * onTime / finished) / 10.0;
        }

        public String name(boolean thai) {
            return thai || nameEn == null ? nameTh : nameEn;
        }
    }

    /** Lower bounds of the aging buckets of {@link Row#aging()}, in working days late. */
    public static int[] agingFrom() {
        return th.tidtam.dashboard.service.SummaryFigures.agingFrom();
    }

    /** Parts finished in a month across the provinces, and how many on time. */
    public record Month(YearMonth month, long finished, long onTime) {

        @com.fasterxml.jackson.annotation.JsonProperty("percentOnTime")
        public Double percentOnTime() {
            return finished == 0 ? null : Math.round(1000.0 * onTime / finished) / 10.0;
        }
    }

    /**
     * One province read-only: its total (with its overdue parts by working days late), its agencies and its monthly
     * trend, as the province's own dashboard counts them.
     */
    public record Province(long id, String code, Row total, List<Row> agencies, List<Month> trend, int fiscalYear,
            LocalDate from, LocalDate to, LocalDate today, SecrecyClass clearance) {
    }
}
