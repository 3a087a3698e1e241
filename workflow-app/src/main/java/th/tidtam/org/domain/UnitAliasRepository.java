package th.tidtam.org.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitAliasRepository extends JpaRepository<UnitAlias, Long> {

    List<UnitAlias> findAllByOrderByUnitIdAscIdAsc();

    List<UnitAlias> findByUnitIdOrderByIdAsc(Long unitId);

    Optional<UnitAlias> findByMatchKey(String matchKey);

    long countByUnitId(Long unitId);
}
