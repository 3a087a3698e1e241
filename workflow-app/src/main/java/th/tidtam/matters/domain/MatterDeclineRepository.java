package th.tidtam.matters.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MatterDeclineRepository extends JpaRepository<MatterDecline, Long> {

    List<MatterDecline> findByMatterIdOrderByIdAsc(Long matterId);

    boolean existsByMatterIdAndUnitId(Long matterId, Long unitId);

    Optional<MatterDecline> findFirstByPartIdAndReassignedAtIsNullOrderByIdDesc(Long partId);
}
