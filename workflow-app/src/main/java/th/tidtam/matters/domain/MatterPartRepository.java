package th.tidtam.matters.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MatterPartRepository extends JpaRepository<MatterPart, Long> {

    List<MatterPart> findByMatterIdOrderByIdAsc(Long matterId);

    List<MatterPart> findByMatterIdInOrderByIdAsc(Collection<Long> matterIds);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from MatterPart p where p.id = :id")
    Optional<MatterPart> lock(@Param("id") Long id);

    /** The matters a position holds (or held) a part of. */
    @Query("select distinct p.matterId from MatterPart p where p.holderPositionId in :positions")
    List<Long> matterIdsHeldBy(@Param("positions") Collection<Long> positions);
}
