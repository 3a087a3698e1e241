package th.tidtam.report.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.tidtam.base.time.ApplicationZone;
import th.tidtam.directive.service.FollowUpSource;
import th.tidtam.directive.service.FollowUpSource.Meeting;

/**
 * The report's window opens at the previous sitting's start as the meeting register dates it (not the day its first
 * directive was typed), and a sitting only planned does not open the default window. Plain unit test: the source is
 * a stand-in answering the meetings on record.
 */
class ReportWindowFromTheRegisterTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T03:00:00Z"), ApplicationZone.ID);
    static final Instant SITTING_11 = at(LocalDateTime.of(2026, 11, 19, 9, 30));
    static final Instant SITTING_12 = at(LocalDateTime.of(2026, 12, 17, 9, 30));

    static Instant at(LocalDateTime local) {
        return local.atZone(ApplicationZone.ID).toInstant();
    }

    final FollowUpSource source = mock(FollowUpSource.class);
    final FollowUpReports reports = new FollowUpReports(source, null, null, null, CLOCK);

    ReportWindowFromTheRegisterTest() {
        when(source.meetings(any())).thenReturn(List.of(new Meeting("11/2569", 11, 2569, SITTING_11),
                new Meeting("12/2569", 12, 2569, SITTING_12)));
        when(source.now()).thenReturn(CLOCK.instant());
        when(source.today()).thenReturn(LocalDate.now(CLOCK));
        when(source.openOrClosedWithin(any(), any(), any(), any())).thenReturn(List.of());
    }

    @Test
    void theNextMeetingsReportRunsFromThePreviousSittingToItsOwn() {
        FollowUpReport report = reports.report(new ReportRequest("12/2569", null, null, ReportFormat.PDF, false), List.of());
        verify(source).openOrClosedWithin(List.of(), SITTING_11, SITTING_12, "12/2569");
        assertThat(report.windowFrom()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(report.windowTo()).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(report.previous().number()).isEqualTo("11/2569");
    }

    @Test
    void byDefaultTheWindowOpensAtTheLatestSittingHeldNotTheOnePlanned() {
        FollowUpReport report = reports.report(ReportRequest.sinceLastMeeting(ReportFormat.PDF, false), List.of());
        verify(source).openOrClosedWithin(eq(List.of()), eq(SITTING_11), any(), eq(null));
        assertThat(report.previous().number()).isEqualTo("11/2569");
        assertThat(report.fileStem()).isEqualTo("follow-up-since-11-2569");
    }
}
