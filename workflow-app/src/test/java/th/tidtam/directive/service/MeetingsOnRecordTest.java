package th.tidtam.directive.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.tidtam.base.time.ApplicationZone;
import th.tidtam.calendar.MeetingSchedule;
import th.tidtam.directive.service.FollowUpSource.Meeting;

/** The register dates the meetings it knows; numbers only typed into older directives keep their directive dating. */
class MeetingsOnRecordTest {

    @Test
    void theRegistersSittingsOverrideTheDirectivesDatingAndHistoryStays() {
        Instant typed10 = Instant.parse("2026-10-22T04:00:00Z");
        Instant typed11 = Instant.parse("2026-11-25T04:00:00Z");
        List<Meeting> fromDirectives = List.of(new Meeting("11/2569", 11, 2569, typed11),
                new Meeting("10/2569", 10, 2569, typed10));
        LocalDateTime sat11 = LocalDateTime.of(2026, 11, 19, 9, 30);
        LocalDateTime planned12 = LocalDateTime.of(2026, 12, 17, 9, 30);
        List<Meeting> all = FollowUpSource.merge(fromDirectives, List.of(
                new MeetingSchedule.Sitting(1, "11/2569", 11, 2569, sat11),
                new MeetingSchedule.Sitting(2, "12/2569", 12, 2569, planned12)), ApplicationZone.ID);
        assertThat(all).extracting(Meeting::number).containsExactly("10/2569", "11/2569", "12/2569");
        assertThat(all.get(0).heldAt()).as("history before the register").isEqualTo(typed10);
        assertThat(all.get(1).heldAt()).isEqualTo(sat11.atZone(ApplicationZone.ID).toInstant());
        assertThat(all.get(2).heldAt()).as("a planned sitting is on record").isEqualTo(planned12.atZone(ApplicationZone.ID).toInstant());
    }

    @Test
    void withoutARegisterTheDirectivesDatingIsUsed() {
        Instant typed = Instant.parse("2026-11-25T04:00:00Z");
        assertThat(FollowUpSource.merge(List.of(new Meeting("11/2569", 11, 2569, typed)), List.of(), ApplicationZone.ID))
                .containsExactly(new Meeting("11/2569", 11, 2569, typed));
    }
}
