package th.tidtam.meeting.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgendaVersionRepository extends JpaRepository<AgendaVersion, Long> {

    List<AgendaVersion> findByMeetingIdOrderByVersionAsc(Long meetingId);

    Optional<AgendaVersion> findByMeetingIdAndVersion(Long meetingId, int version);
}
