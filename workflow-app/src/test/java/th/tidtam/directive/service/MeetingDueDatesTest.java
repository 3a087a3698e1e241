package th.tidtam.directive.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import th.tidtam.base.RuleViolation;
import th.tidtam.calendar.MeetingSchedule;
import th.tidtam.calendar.service.WorkingCalendar;

/** A due date "before the next meeting" is the working day before the next sitting on record, or refused. */
class MeetingDueDatesTest {

    static MeetingDueDates dueDates(Set<LocalDate> holidays, MeetingSchedule... schedules) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        for (int i = 0; i < schedules.length; i++) {
            beans.addBean("schedule" + i, schedules[i]);
        }
        return new MeetingDueDates(beans.getBeanProvider(MeetingSchedule.class),
                WorkingCalendar.withFixedHolidays(holidays, CadenceScheduleTest.CLOCK));
    }

    @Test
    void theWorkingDayBeforeTheNextSitting() {
        // today is Fri 20 Nov 2026; sittings on Thu 19 Nov (past) and Mon 14 Dec
        MeetingSchedule schedule = new CadenceScheduleTest.FakeSchedule(List.of(
                CadenceScheduleTest.sitting(11, LocalDateTime.of(2026, 11, 19, 9, 30)),
                CadenceScheduleTest.sitting(12, LocalDateTime.of(2026, 12, 14, 9, 30))));
        MeetingDueDates.BeforeNextMeeting next = dueDates(Set.of(LocalDate.of(2026, 12, 11)), schedule)
                .requireBeforeNextMeeting();
        assertThat(next.meetingNumber()).isEqualTo("12/2569");
        assertThat(next.meetingDay()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(next.dueDate()).as("over the weekend and a holiday on Friday").isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void refusedWhenNoNextSittingIsOnRecord() {
        MeetingSchedule pastOnly = new CadenceScheduleTest.FakeSchedule(List.of(
                CadenceScheduleTest.sitting(11, LocalDateTime.of(2026, 11, 19, 9, 30))));
        for (MeetingDueDates d : List.of(dueDates(Set.of()), dueDates(Set.of(), pastOnly))) {
            assertThat(d.beforeNextMeeting()).isEmpty();
            assertThatThrownBy(d::requireBeforeNextMeeting).isInstanceOf(RuleViolation.class)
                    .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("directive.error.no-next-meeting");
        }
    }
}
