package th.tidtam.outgoing.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutgoingBookRepository extends JpaRepository<OutgoingBook, Long> {

    Optional<OutgoingBook> findByOwnerCode(String ownerCode);

    Optional<OutgoingBook> findByUnitId(Long unitId);

    List<OutgoingBook> findByUnitIdIn(Collection<Long> unitIds);

    List<OutgoingBook> findByProvinceIdInOrderByOwnerCodeAsc(Collection<Long> provinces);

    /** The book locked while its running start is moved: two clerks moving it at once queue. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from OutgoingBook b where b.id = :id")
    Optional<OutgoingBook> lockById(@Param("id") Long id);
}
