package th.tidtam.calendar.service;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import th.tidtam.calendar.domain.HolidayRepository;

/** The holiday days of one year with a single range query on the holiday table. */
@Component
class RepositoryHolidayDays implements HolidayDays {

    private final HolidayRepository holidays;

    RepositoryHolidayDays(HolidayRepository holidays) {
        this.holidays = holidays;
    }

    @Override
    public Set<LocalDate> daysOf(int year) {
        return new HashSet<>(holidays.findDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    @Override
    public Set<LocalDate> daysOf(int year, Long provinceId) {
        return new HashSet<>(holidays.findDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), provinceId));
    }
}
