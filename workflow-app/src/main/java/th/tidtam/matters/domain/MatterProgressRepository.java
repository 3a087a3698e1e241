package th.tidtam.matters.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MatterProgressRepository extends JpaRepository<MatterProgress, Long> {

    List<MatterProgress> findByMatterIdOrderByIdAsc(Long matterId);
}
