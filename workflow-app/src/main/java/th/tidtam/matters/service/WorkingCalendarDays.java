package th.tidtam.matters.service;

import java.time.Instant;
import java.time.LocalDate;

import th.tidtam.calendar.service.WorkingCalendar;

/** The day an instant falls on in the application's zone. */
final class WorkingCalendarDays {

    private WorkingCalendarDays() {
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, WorkingCalendar.ZONE);
    }
}
