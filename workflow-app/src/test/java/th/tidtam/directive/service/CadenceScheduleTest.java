package th.tidtam.directive.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import th.tidtam.base.time.ApplicationZone;
import th.tidtam.calendar.MeetingSchedule;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.directive.Cadence;

/**
 * "Before the next meeting" counted back from the meeting register's sittings, with a fake register: no Spring, no
 * database. December 2026 (BE 2569); the holidays are invented for the tests.
 */
class CadenceScheduleTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ApplicationZone.ID);
    static final LocalDate ACKNOWLEDGED = LocalDate.of(2026, 11, 20);
    /** Thursday 17 December 2026, 09:30. */
    static final LocalDateTime SITTING = LocalDateTime.of(2026, 12, 17, 9, 30);

    /** The meeting register as a plain list. */
    record FakeSchedule(List<MeetingSchedule.Sitting> monthlySittings) implements MeetingSchedule {
        @Override
        public Optional<Sitting> nextMonthlySittingAfter(LocalDate day) {
            return monthlySittings.stream().filter(s -> s.startsAt().toLocalDate().isAfter(day)).findFirst();
        }
    }

    static MeetingSchedule.Sitting sitting(int sequence, LocalDateTime startsAt) {
        return new MeetingSchedule.Sitting(sequence, sequence + "/2569", sequence, 2569, startsAt);
    }

    static CadenceSchedule schedule(Set<LocalDate> holidays, MeetingSchedule meetings) {
        return new CadenceSchedule(WorkingCalendar.withFixedHolidays(holidays, CLOCK), () -> meetings);
    }

    static Optional<LocalDate> dueOn(CadenceSchedule schedule, LocalDate day) {
        return schedule.reportDueOn(Cadence.BEFORE_NEXT_MEETING, null, ACKNOWLEDGED, day);
    }

    @Test
    void theReportIsAskedTenWorkingDaysBeforeTheNextSittingAndDueFiveBeforeIt() {
        CadenceSchedule s = schedule(Set.of(), new FakeSchedule(List.of(sitting(11, LocalDateTime.of(2026, 11, 19, 9, 30)),
                sitting(12, SITTING))));
        // Thu 17 Dec back ten working days is Thu 3 Dec; five back is Thu 10 Dec
        assertThat(dueOn(s, LocalDate.of(2026, 12, 3))).contains(LocalDate.of(2026, 12, 10));
        assertThat(dueOn(s, LocalDate.of(2026, 12, 2))).isEmpty();
        assertThat(dueOn(s, LocalDate.of(2026, 12, 4))).isEmpty();
        assertThat(dueOn(s, LocalDate.of(2026, 12, 17))).as("not on the sitting's own day").isEmpty();
    }

    @Test
    void daysOffBetweenAreNotCounted() {
        CadenceSchedule s = schedule(Set.of(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 10)),
                new FakeSchedule(List.of(sitting(12, SITTING))));
        assertThat(dueOn(s, LocalDate.of(2026, 12, 1))).contains(LocalDate.of(2026, 12, 9));
        assertThat(dueOn(s, LocalDate.of(2026, 12, 3))).isEmpty();
    }

    @Test
    void aSittingEarlyInTheMonthIsNotTheLastWeekGuess() {
        CadenceSchedule s = schedule(Set.of(), new FakeSchedule(List.of(sitting(1, LocalDateTime.of(2027, 1, 8, 9, 30)))));
        // Fri 8 Jan 2027 back ten working days is Fri 25 Dec 2026; five back is Fri 1 Jan 2027
        assertThat(dueOn(s, LocalDate.of(2026, 12, 25))).contains(LocalDate.of(2027, 1, 1));
        assertThat(dueOn(s, LocalDate.of(2026, 12, 17))).as("the old guess's day asks nothing").isEmpty();
    }

    @Test
    void withNoSittingOnRecordTheLastWeekOfTheMonthIsStillGuessed() {
        // last working day of December 2026 is Thu 31 Dec: asked Thu 17 Dec, due Thu 24 Dec
        for (MeetingSchedule none : new MeetingSchedule[] { null, new FakeSchedule(List.of()) }) {
            CadenceSchedule s = schedule(Set.of(), none);
            assertThat(dueOn(s, LocalDate.of(2026, 12, 17))).contains(LocalDate.of(2026, 12, 24));
            assertThat(dueOn(s, LocalDate.of(2026, 12, 3))).isEmpty();
        }
    }

    @Test
    void withSittingsOnRecordButNoneAheadNothingIsAsked() {
        CadenceSchedule s = schedule(Set.of(), new FakeSchedule(List.of(sitting(11, LocalDateTime.of(2026, 11, 19, 9, 30)))));
        assertThat(dueOn(s, LocalDate.of(2026, 12, 17))).isEmpty();
        assertThat(dueOn(s, LocalDate.of(2026, 12, 3))).isEmpty();
    }

    @Test
    void aUnitThatAcknowledgesAfterTheAskingDayIsNotAskedForThatSitting() {
        CadenceSchedule s = schedule(Set.of(), new FakeSchedule(List.of(sitting(12, SITTING))));
        assertThat(s.reportDueOn(Cadence.BEFORE_NEXT_MEETING, null, LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 3)))
                .isEmpty();
    }
}
