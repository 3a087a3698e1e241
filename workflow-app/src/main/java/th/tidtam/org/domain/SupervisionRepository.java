package th.tidtam.org.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SupervisionRepository extends JpaRepository<Supervision, Long> {

    @Query("select s from Supervision s join fetch s.supervisor where s.unit.id = :unitId")
    Optional<Supervision> findByUnitId(@Param("unitId") Long unitId);

    @Query("select s from Supervision s join fetch s.unit where s.supervisor.id = :positionId order by s.unit.sortOrder")
    List<Supervision> findBySupervisor(@Param("positionId") Long positionId);

    boolean existsByUnitId(Long unitId);
}
