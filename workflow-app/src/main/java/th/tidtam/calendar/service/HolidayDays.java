package th.tidtam.calendar.service;

import java.time.LocalDate;
import java.util.Set;

/** Where {@link WorkingCalendar} finds the holidays: the holiday table in production, a fixed set in unit tests. */
@FunctionalInterface
interface HolidayDays {

    /** Every holiday day of the calendar (CE) year, read with one query. */
    Set<LocalDate> daysOf(int year);

    /**
     * The national holidays of the year and the province's own ({@code provinceId} null: national ones only). A fixed
     * set (unit tests) knows no province and answers {@link #daysOf(int)}.
     */
    default Set<LocalDate> daysOf(int year, Long provinceId) {
        return daysOf(year);
    }
}
