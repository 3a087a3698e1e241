package th.tidtam.calendar.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.time.ApplicationZone;
import th.tidtam.calendar.HolidaysChanged;

/**
 * The working-day arithmetic on a fixed holiday set: no Spring, no database. Dates are in CE; comments give the
 * weekday. Holidays here are invented for the tests and say nothing about the real calendar.
 */
class WorkingDayArithmeticTest {

    // a week with no holidays: Mon 2 Mar 2026 ... Sun 8 Mar 2026
    static final LocalDate MON = LocalDate.of(2026, 3, 2);
    static final LocalDate WED = LocalDate.of(2026, 3, 4);
    static final LocalDate FRI = LocalDate.of(2026, 3, 6);
    static final LocalDate SAT = LocalDate.of(2026, 3, 7);
    static final LocalDate SUN = LocalDate.of(2026, 3, 8);
    static final LocalDate NEXT_MON = LocalDate.of(2026, 3, 9);
    static final LocalDate NEXT_WED = LocalDate.of(2026, 3, 11);

    /** 18:00 UTC on Friday is 01:00 on Saturday in Bangkok, the application's zone. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-06T18:00:00Z"), ApplicationZone.ID);

    final Set<LocalDate> holidays = new HashSet<>();
    final List<Integer> queriedYears = new ArrayList<>();
    final WorkingCalendar calendar = new WorkingCalendar(year -> {
        queriedYears.add(year);
        return holidays.stream().filter(d -> d.getYear() == year).collect(java.util.stream.Collectors.toSet());
    }, CLOCK);

    @Test
    void weekdaysAreWorkingDaysAndWeekendsAreNot() {
        assertThat(IntStream.range(0, 7).mapToObj(MON::plusDays).map(calendar::isWorkingDay))
                .containsExactly(true, true, true, true, true, false, false);
    }

    @Test
    void aDayInTheHolidayTableIsNotAWorkingDay() {
        holidays.add(WED);

        assertThat(calendar.isWorkingDay(WED)).isFalse();
        assertThat(calendar.isHoliday(WED)).isTrue();
        assertThat(calendar.isWorkingDay(MON)).isTrue();
    }

    @Test
    void countingWorkingDaysOverYearsAgreesWithCountingThemOneByOne() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 40; i++) {
            LocalDate h = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1500));
            holidays.add(h);
        }
        for (int i = 0; i < 300; i++) {
            LocalDate from = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1400));
            LocalDate to = from.plusDays(random.nextInt(900));
            int byHand = 0;
            for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                byHand += calendar.isWorkingDay(d) ? 1 : 0;
            }
            assertThat(calendar.workingDaysBetween(from, to)).as(from + " to " + to).isEqualTo(byHand);
            assertThat(calendar.workingDaysBetween(to, from)).isEqualTo(-byHand);
        }
    }

    @Test
    void dueInThreeWorkingDaysFromFridayIsWednesday() {
        assertThat(calendar.addWorkingDays(FRI, 3)).isEqualTo(NEXT_WED);
    }

    @Test
    void countingStartsOnTheNextWorkingDay() {
        assertThat(calendar.addWorkingDays(MON, 1)).isEqualTo(MON.plusDays(1));
        assertThat(calendar.addWorkingDays(FRI, 1)).isEqualTo(NEXT_MON);
        // from a day off, the first working day after it is day 1
        assertThat(calendar.addWorkingDays(SAT, 1)).isEqualTo(NEXT_MON);
        assertThat(calendar.addWorkingDays(MON, 5)).isEqualTo(NEXT_MON);
    }

    @Test
    void holidaysPushTheDueDayBack() {
        holidays.addAll(Set.of(NEXT_MON, NEXT_MON.plusDays(1)));

        assertThat(calendar.addWorkingDays(FRI, 1)).isEqualTo(NEXT_WED);
        assertThat(calendar.addWorkingDays(FRI, 3)).isEqualTo(NEXT_WED.plusDays(2));
    }

    @Test
    void zeroWorkingDaysIsTheSameWorkingDayOrTheNextOne() {
        holidays.add(NEXT_MON);

        assertThat(calendar.addWorkingDays(WED, 0)).isEqualTo(WED);
        assertThat(calendar.addWorkingDays(SAT, 0)).isEqualTo(NEXT_MON.plusDays(1));
    }

    @Test
    void aNegativeNumberOfWorkingDaysIsRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(MON, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNextWorkingDayOfAWorkingDayIsTheDayItself() {
        holidays.add(NEXT_MON);

        assertThat(calendar.nextWorkingDay(WED)).isEqualTo(WED);
        assertThat(calendar.nextWorkingDay(SAT)).isEqualTo(NEXT_MON.plusDays(1));
        assertThat(calendar.nextWorkingDay(SUN)).isEqualTo(NEXT_MON.plusDays(1));
    }

    @Test
    void aHolidayOnAWeekendChangesNothingUnlessItsSubstitutionDayIsEntered() {
        holidays.add(SAT);
        assertThat(calendar.addWorkingDays(FRI, 1)).isEqualTo(NEXT_MON);

        holidays.add(NEXT_MON);
        calendar.forget();
        assertThat(calendar.addWorkingDays(FRI, 1)).isEqualTo(NEXT_MON.plusDays(1));
    }

    @Test
    void workingDaysBetweenIsSignedAndInvertsAddingWorkingDays() {
        holidays.add(NEXT_MON);

        assertThat(calendar.workingDaysBetween(FRI, NEXT_WED)).isEqualTo(2);
        assertThat(calendar.workingDaysBetween(NEXT_WED, FRI)).isEqualTo(-2);
        assertThat(calendar.workingDaysBetween(WED, WED)).isZero();
        assertThat(calendar.workingDaysBetween(FRI, NEXT_MON)).as("over a weekend and a holiday").isZero();
        for (int n = 0; n <= 30; n++) {
            assertThat(calendar.workingDaysBetween(MON, calendar.addWorkingDays(MON, n))).as("n = %d", n).isEqualTo(n);
        }
    }

    @Test
    void daysLateCountsTheWorkingDaysAfterTheDueDay() {
        // due Wednesday, today the Friday after: Thursday and Friday have passed
        assertThat(calendar.workingDaysBetween(WED, FRI)).isEqualTo(2);
        // still in time on the due day itself
        assertThat(calendar.workingDaysBetween(WED, WED)).isZero();
    }

    @Test
    void countingCrossesTheYearEndAndReadsEachYearOnce() {
        LocalDate newYearsEve = LocalDate.of(2026, 12, 31); // Thursday
        holidays.addAll(Set.of(newYearsEve, LocalDate.of(2027, 1, 1)));

        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31))).isEqualTo(21 + 20);
        assertThat(queriedYears).containsExactly(2026, 2027);
    }

    @Test
    void aChangeOfTheHolidayTableIsSeenAtOnce() {
        assertThat(calendar.isWorkingDay(WED)).isTrue();
        holidays.add(WED);
        calendar.holidaysChanged(new HolidaysChanged(Set.of(WED)));

        assertThat(calendar.isWorkingDay(WED)).isFalse();
        assertThat(queriedYears).containsExactly(2026, 2026);
    }

    @Test
    void theWorkingDayEndsAt1630InBangkok() {
        assertThat(calendar.endOfWorkingDay(WED)).isEqualTo(Instant.parse("2026-03-04T09:30:00Z"));
        assertThat(calendar.startOfWorkingDay(WED)).isEqualTo(Instant.parse("2026-03-04T01:30:00Z"));
    }

    @Test
    void todayIsTheDateInTheClocksZone() {
        assertThat(calendar.today()).as("01:00 on Saturday in Bangkok").isEqualTo(SAT);
        assertThat(new WorkingCalendar(year -> Set.of(), CLOCK.withZone(ZoneOffset.UTC)).today()).isEqualTo(FRI);
    }

    @Test
    void theWorkingDayIsReckonedInTheClocksZone() {
        WorkingCalendar utc = new WorkingCalendar(year -> Set.of(), CLOCK.withZone(ZoneOffset.UTC));

        assertThat(utc.endOfWorkingDay(WED)).isEqualTo(Instant.parse("2026-03-04T16:30:00Z"));
    }

    @Test
    void aDueDateMayBeTodayOrAnyLaterWorkingDay() {
        assertThat(calendar.requireDueDate(NEXT_MON)).isEqualTo(NEXT_MON);
        assertThat(new WorkingCalendar(year -> Set.of(), Clock.fixed(Instant.parse("2026-03-04T03:00:00Z"),
                ApplicationZone.ID)).requireDueDate(WED)).as("today, a Wednesday").isEqualTo(WED);
    }

    @Test
    void aDueDateInThePastIsRefused() {
        assertThatThrownBy(() -> calendar.requireDueDate(FRI)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo("directive.error.due-in-past");
            assertThat(v.arguments()).containsExactly(FRI);
        });
    }

    @Test
    void aDueDateOnAWeekendOrHolidayIsRefusedNamingTheNextWorkingDay() {
        holidays.add(NEXT_MON);

        assertThatThrownBy(() -> calendar.requireDueDate(SUN)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo("directive.error.due-not-working-day");
            assertThat(v.arguments()).containsExactly(SUN, LocalDate.of(2026, 3, 10));
        });
        assertThatThrownBy(() -> calendar.requireDueDate(NEXT_MON)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("directive.error.due-not-working-day"));
    }
}
