package th.tidtam.coordination.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CoordinationPartyRepository extends JpaRepository<CoordinationParty, Long> {

    List<CoordinationParty> findByRequestIdOrderByIdAsc(Long requestId);

    List<CoordinationParty> findByRequestIdIn(Collection<Long> requestIds);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from CoordinationParty p where p.id = :id")
    Optional<CoordinationParty> lock(@Param("id") Long id);
}
