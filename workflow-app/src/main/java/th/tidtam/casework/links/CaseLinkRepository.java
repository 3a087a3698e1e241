package th.tidtam.casework.links;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseLinkRepository extends JpaRepository<CaseLink, Long> {

    /** Matched on the hash in SQL: the secret itself is never compared, so its comparison leaks nothing. */
    @Query("select l from CaseLink l where l.tokenHash = :hash")
    Optional<CaseLink> findByHash(@Param("hash") String hash);

    /** Locked until the transaction ends: a double submit waits here and then finds the link used. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from CaseLink l where l.tokenHash = :hash")
    Optional<CaseLink> lockByHash(@Param("hash") String hash);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from CaseLink l where l.id = :id")
    Optional<CaseLink> lockById(@Param("id") Long id);
}
