package th.tidtam.meeting.ui.review;

import java.time.LocalDate;
import java.util.Optional;

import th.tidtam.calendar.MeetingSchedule;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.directive.Cadence;
import th.tidtam.meeting.ui.review.ProposalDraft.DueSource;

/**
 * The due date a proposal gets when the minutes name none. "Before the next meeting" means the working day before
 * the next monthly sitting on record; a recurring report runs, unless the text says otherwise, to the end of the
 * fiscal year (30 September) — a guess the screen marks for the reviewer to check.
 */
final class DueDefaults {

    private final Optional<MeetingSchedule> schedule;
    private final WorkingCalendar calendar;

    DueDefaults(Optional<MeetingSchedule> schedule, WorkingCalendar calendar) {
        this.schedule = schedule;
        this.calendar = calendar;
    }

    /** Fills in the date of a draft that has none; a date the text gave is kept as it is. */
    void apply(ProposalDraft draft, LocalDate meetingDate) {
        if (draft.dueDate != null) {
            draft.dueSource = DueSource.FROM_TEXT;
            return;
        }
        LocalDate held = meetingDate == null ? calendar.today() : meetingDate;
        if (draft.cadence == Cadence.BEFORE_NEXT_MEETING) {
            Optional<LocalDate> sitting = schedule.flatMap(s -> s.nextMonthlySittingAfter(held))
                    .map(s -> s.startsAt().toLocalDate());
            draft.dueDate = workingDayBefore(sitting.orElse(held.plusMonths(1)));
            draft.dueSource = sitting.isPresent() ? DueSource.NEXT_SITTING : DueSource.NEXT_SITTING_GUESSED;
        } else if (draft.cadence != null && draft.cadence != Cadence.NONE) {
            draft.dueDate = workingDayOnOrBefore(fiscalYearEnd(later(held, calendar.today())));
            draft.dueSource = DueSource.FISCAL_YEAR_END;
        } else {
            draft.dueSource = DueSource.NONE;
        }
    }

    /** 30 September of the Thai fiscal year the day falls in (the year runs 1 October to 30 September). */
    static LocalDate fiscalYearEnd(LocalDate day) {
        int year = day.getMonthValue() >= 10 ? day.getYear() + 1 : day.getYear();
        return LocalDate.of(year, 9, 30);
    }

    boolean inThePast(LocalDate day) {
        return day != null && day.isBefore(calendar.today());
    }

    boolean workingDay(LocalDate day) {
        return day == null || calendar.isWorkingDay(day);
    }

    private LocalDate workingDayBefore(LocalDate day) {
        return workingDayOnOrBefore(day.minusDays(1));
    }

    private LocalDate workingDayOnOrBefore(LocalDate day) {
        LocalDate d = day;
        // bounded: no stretch of days off is longer than a few weeks
        for (int i = 0; i < 60 && !calendar.isWorkingDay(d); i++) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
