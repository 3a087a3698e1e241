package th.tidtam.meeting.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    List<Attendance> findByMeetingIdOrderByIdAsc(Long meetingId);
}
