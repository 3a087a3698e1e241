package th.tidtam.meeting.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import th.tidtam.calendar.MeetingSchedule;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.directive.Cadence;
import th.tidtam.meeting.extraction.ExtractedMinutes;
import th.tidtam.meeting.extraction.ProposedDirective;
import th.tidtam.meeting.extraction.ProposedItem;
import th.tidtam.meeting.extraction.UnitMatch;
import th.tidtam.meeting.ui.review.ProposalDraft.DueSource;

/** The review's rules without a browser: due dates the minutes leave open, split and merge. */
class ProposalDraftsTest {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    /** 4 December 2026 (2569 BE), a Friday. */
    private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 12, 4).atStartOfDay(BANGKOK).toInstant(), BANGKOK);
    private static final LocalDate MEETING = LocalDate.of(2026, 11, 25);
    private final WorkingCalendar calendar = WorkingCalendar.withFixedHolidays(List.of(), TODAY);

    private static ProposedDirective proposal(String text, LocalDate due, Cadence cadence, long... units) {
        List<UnitMatch> matches = java.util.Arrays.stream(units).mapToObj(id -> new UnitMatch(id, "หน่วย " + id, "หน่วย " + id)).toList();
        return new ProposedDirective("4.1", text, matches, false, false, false, List.of(), due, cadence, null, null, text);
    }

    private ProposalDrafts drafts(MeetingSchedule schedule, ProposedDirective... directives) {
        ExtractedMinutes minutes = new ExtractedMinutes("การประชุม", "11/2569", MEETING,
                List.of(new ProposedItem("4.1", 4, "สถานการณ์น้ำ", List.of(directives))), List.of());
        return ProposalDrafts.from(minutes, new DueDefaults(Optional.ofNullable(schedule), calendar), MEETING);
    }

    @Test
    void beforeTheNextMeetingIsDueOnTheWorkingDayBeforeTheNextMonthlySitting() {
        // the next sitting is on Monday 28 December 2026: due Friday the 25th
        MeetingSchedule schedule = new MeetingSchedule() {
            @Override
            public List<Sitting> monthlySittings() {
                return List.of();
            }

            @Override
            public Optional<Sitting> nextMonthlySittingAfter(LocalDate day) {
                return Optional.of(new Sitting(9, "12/2569", 12, 2569, LocalDateTime.of(2026, 12, 28, 9, 30)));
            }
        };
        ProposalDraft d = drafts(schedule, proposal("เสนอที่ประชุมครั้งต่อไป", null, Cadence.BEFORE_NEXT_MEETING, 1)).all().get(0);
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(d.dueSource()).isEqualTo(DueSource.NEXT_SITTING);
    }

    @Test
    void withoutASittingOnRecordTheNextMeetingIsGuessedAndSaidToBe() {
        ProposalDraft d = drafts(null, proposal("เสนอที่ประชุมครั้งต่อไป", null, Cadence.BEFORE_NEXT_MEETING, 1)).all().get(0);
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(d.dueSource()).isEqualTo(DueSource.NEXT_SITTING_GUESSED);
    }

    @Test
    void recurringReportsRunToTheEndOfTheFiscalYearAndAGivenDateIsKept() {
        ProposalDrafts drafts = drafts(null, proposal("รายงานทุกเดือน", null, Cadence.MONTHLY, 1),
                proposal("ภายในวันที่ 31 มีนาคม 2570", LocalDate.of(2027, 3, 31), Cadence.NONE, 2),
                proposal("ดำเนินการ", null, Cadence.NONE, 3));
        // 30 September 2027 is a Thursday, the end of fiscal year 2570
        assertThat(drafts.all().get(0).dueDate()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(drafts.all().get(0).dueSource()).isEqualTo(DueSource.FISCAL_YEAR_END);
        assertThat(drafts.all().get(1).dueDate()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(drafts.all().get(1).dueSource()).isEqualTo(DueSource.FROM_TEXT);
        assertThat(drafts.all().get(2).dueDate()).isNull();
        assertThat(drafts.all().get(2).dueSource()).isEqualTo(DueSource.NONE);
    }

    @Test
    void aSplitCutsTheTextAtTheFirstAndAndKeepsUnitsAndDates() {
        ProposalDrafts drafts = drafts(null, proposal("กำจัดผักตบชวา และรายงานทุกเดือน", null, Cadence.MONTHLY, 1, 2));
        ProposalDraft first = drafts.all().get(0);
        ProposalDraft second = drafts.split(first);
        assertThat(drafts.all()).containsExactly(first, second);
        assertThat(first.text()).isEqualTo("กำจัดผักตบชวา");
        assertThat(second.text()).isEqualTo("รายงานทุกเดือน");
        assertThat(second.leadUnitId()).isEqualTo(1L);
        assertThat(second.supportingUnitIds()).containsExactly(2L);
        assertThat(second.dueDate()).isEqualTo(first.dueDate());
    }

    @Test
    void aMergeJoinsTextsTakesEveryUnitAndTheEarlierDate() {
        ProposalDrafts drafts = drafts(null, proposal("รายงานสถานการณ์น้ำ", LocalDate.of(2027, 1, 29), Cadence.NONE, 1),
                proposal("ประชาสัมพันธ์", LocalDate.of(2027, 1, 15), Cadence.WEEKLY, 2, 1));
        ProposalDraft first = drafts.all().get(0);
        assertThat(drafts.mergeWithNext(first)).isTrue();
        assertThat(drafts.size()).isEqualTo(1);
        assertThat(first.text()).isEqualTo("รายงานสถานการณ์น้ำ และ ประชาสัมพันธ์");
        assertThat(first.leadUnitId()).isEqualTo(1L);
        assertThat(first.supportingUnitIds()).containsExactly(2L);
        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(first.cadence()).isEqualTo(Cadence.WEEKLY);
        assertThat(drafts.mergeWithNext(first)).isFalse();
    }
}
