package th.tidtam.meeting.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MinutesDirectiveLineRepository extends JpaRepository<MinutesDirectiveLine, Long> {

    List<MinutesDirectiveLine> findByMeetingIdOrderBySeqAscIdAsc(Long meetingId);

    List<MinutesDirectiveLine> findByMeetingIdAndBatchKeyOrderBySeqAscIdAsc(Long meetingId, String batchKey);

    @Query("select coalesce(max(l.seq), 0) from MinutesDirectiveLine l where l.meetingId = :meetingId")
    int maxSeq(@Param("meetingId") Long meetingId);
}
