package th.tidtam.directive.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PositionAlertRepository extends JpaRepository<PositionAlert, Long> {

    List<PositionAlert> findByPositionIdInAndReadAtIsNullOrderByCreatedAtDescIdDesc(Collection<Long> positionIds,
            Pageable page);

    List<PositionAlert> findByDirectiveIdOrderByIdAsc(Long directiveId);
}
