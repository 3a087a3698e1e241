package th.tidtam.feeds.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    /** Matched on the hash in SQL: the secret itself is never compared, so its comparison leaks nothing. */
    @Query("select f from CalendarFeed f where f.tokenHash = :hash")
    Optional<CalendarFeed> findByHash(@Param("hash") String hash);

    /** The person's live address, locked until the transaction ends: a revoke and a renewal at once run in turn. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from CalendarFeed f where f.activePersonId = :personId")
    Optional<CalendarFeed> lockActive(@Param("personId") Long personId);

    @Query("select f from CalendarFeed f where f.activePersonId = :personId")
    Optional<CalendarFeed> findActive(@Param("personId") Long personId);

    /** One column, no entity loaded: a calendar program polling the feed writes nothing else. */
    @Modifying
    @Query("update CalendarFeed f set f.lastReadAt = :at where f.id = :id")
    int markRead(@Param("id") Long id, @Param("at") Instant at);
}
