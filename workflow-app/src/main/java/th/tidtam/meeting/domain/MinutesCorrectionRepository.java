package th.tidtam.meeting.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MinutesCorrectionRepository extends JpaRepository<MinutesCorrectionEntry, Long> {

    List<MinutesCorrectionEntry> findByMeetingIdOrderByIdAsc(Long meetingId);
}
