package th.tidtam.matters.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MatterComplainantRepository extends JpaRepository<MatterComplainant, Long> {
}
