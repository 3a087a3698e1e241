package th.tidtam.casework.lateness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

import th.tidtam.calendar.service.WorkingCalendar;

/** Lateness in working days on a fixed calendar: no Spring, no database. Dates in CE; comments give the weekday. */
class LatenessTest {

    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-12T03:00:00Z"), BANGKOK);
    // Mon 2 Mar 2026 ... ; Wed 11 Mar 2026 is an invented holiday
    static final LocalDate MON = LocalDate.of(2026, 3, 2);
    static final LocalDate FRI = LocalDate.of(2026, 3, 6);
    static final LocalDate NEXT_MON = LocalDate.of(2026, 3, 9);
    static final LocalDate NEXT_WED_HOLIDAY = LocalDate.of(2026, 3, 11);
    static final LocalDate NEXT_THU = LocalDate.of(2026, 3, 12);

    final Lateness lateness = new Lateness(WorkingCalendar.withFixedHolidays(Set.of(NEXT_WED_HOLIDAY), CLOCK), CLOCK);

    @Test
    void workDoneOnOrBeforeItsDueDateIsNotLate() {
        assertThat(lateness.workingDaysLate(FRI, null, 0, null, FRI)).isZero();
        assertThat(lateness.workingDaysLate(FRI, null, 0, null, MON)).isZero();
    }

    @Test
    void aWeekendAndAHolidayDoNotCountAsDaysLate() {
        // due Fri; Mon, Tue, Thu are working days after it (Sat, Sun and the Wednesday holiday are not)
        assertThat(lateness.workingDaysLate(FRI, null, 0, null, NEXT_THU)).isEqualTo(3);
        assertThat(lateness.workingDaysLate(FRI, null, 0, null, NEXT_MON)).isEqualTo(1);
    }

    @Test
    void finishedWorkIsJudgedOnTheDayItFinishedNotToday() {
        Instant finishedMondayAfternoonInBangkok = NEXT_MON.atTime(15, 0).atZone(BANGKOK).toInstant();
        assertThat(lateness.workingDaysLate(FRI, finishedMondayAfternoonInBangkok, 0, null, NEXT_THU)).isEqualTo(1);
    }

    @Test
    void theDayOfFinishingIsTheDayInTheApplicationsZoneNotInUtc() {
        // 00:30 on Tuesday in Bangkok is still Monday in UTC
        Instant earlyTuesdayInBangkok = LocalDate.of(2026, 3, 10).atTime(0, 30).atZone(BANGKOK).toInstant();
        assertThat(lateness.finishedOn(earlyTuesdayInBangkok)).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void daysSpentWaitingOnAnotherAgencyAreNotCountedAsLate() {
        // 3 working days after Fri by Thu; 1 day of an ended wait and an open wait since Mon (Tue, Thu: 2) leave none
        assertThat(lateness.waitingWorkingDays(1, NEXT_MON, NEXT_THU)).isEqualTo(3);
        assertThat(lateness.workingDaysLate(FRI, null, 1, NEXT_MON, NEXT_THU)).isZero();
        assertThat(lateness.workingDaysLate(FRI, null, 1, null, NEXT_THU)).isEqualTo(2);
    }
}
