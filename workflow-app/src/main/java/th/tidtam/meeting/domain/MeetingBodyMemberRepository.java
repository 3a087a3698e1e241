package th.tidtam.meeting.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingBodyMemberRepository extends JpaRepository<MeetingBodyMember, Long> {

    List<MeetingBodyMember> findByBodyIdOrderByIdAsc(Long bodyId);

    Optional<MeetingBodyMember> findByBodyIdAndPositionId(Long bodyId, Long positionId);

    List<MeetingBodyMember> findByPositionIdIn(Collection<Long> positionIds);
}
