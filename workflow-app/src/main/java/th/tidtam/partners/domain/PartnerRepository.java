package th.tidtam.partners.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PartnerRepository extends JpaRepository<Partner, Long> {

    /** The partner locked until the transaction ends: two editors of one partner queue here and the second sees the first's version. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Partner p where p.id = :id")
    Optional<Partner> lockById(@Param("id") Long id);

    /** The active partner of that name in one province's register (names are unique per province). */
    Optional<Partner> findByProvinceIdAndActiveNameKey(Long provinceId, String activeNameKey);

    List<Partner> findByIdIn(Collection<Long> ids);
}
