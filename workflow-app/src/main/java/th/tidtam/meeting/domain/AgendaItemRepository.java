package th.tidtam.meeting.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from AgendaItem i where i.id = :id")
    Optional<AgendaItem> lockById(@Param("id") Long id);

    List<AgendaItem> findByMeetingIdOrderBySectionAscSeqAscIdAsc(Long meetingId);

    List<AgendaItem> findByMeetingIdInOrderByMeetingIdAscSectionAscSeqAscIdAsc(Collection<Long> meetingIds);

    @Query("select count(i) > 0 from AgendaItem i where i.meetingId = :meetingId and i.submittedBy.positionId in :positions")
    boolean anySubmittedBy(@Param("meetingId") Long meetingId, @Param("positions") Collection<Long> positions);

    @Query("select distinct i.meetingId from AgendaItem i where i.submittedBy.positionId in :positions")
    List<Long> meetingsSubmittedTo(@Param("positions") Collection<Long> positions);

    @Query("select coalesce(max(i.seq), 0) from AgendaItem i where i.meetingId = :meetingId and i.section = :section")
    int maxSeq(@Param("meetingId") Long meetingId, @Param("section") int section);
}
