package th.tidtam.meeting.domain;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;

import th.tidtam.meeting.MeetingStatus;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    /**
     * The meeting with its row locked until the transaction ends: two confirmations of the same batch of directives,
     * two publications at once, run one after the other and the second sees what the first did.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Meeting m where m.id = :id")
    Optional<Meeting> lockById(@Param("id") Long id);

    List<Meeting> findByBodyIdOrderByStartsAtAscIdAsc(Long bodyId);

    List<Meeting> findByBodyIdInOrderByStartsAtAscIdAsc(Collection<Long> bodyIds);

    /** Meetings starting within [from, to), oldest first: what a calendar shows of a stretch of time. */
    List<Meeting> findByStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAscIdAsc(LocalDateTime from,
            LocalDateTime to);

    /** Meetings of the body (not cancelled) whose time overlaps [startsAt, endsAt). */
    @Query("""
            select m from Meeting m where m.bodyId = :bodyId and m.status <> :cancelled
               and m.startsAt < :endsAt and m.endsAt > :startsAt and (:exceptId is null or m.id <> :exceptId)
            """)
    List<Meeting> overlapping(@Param("bodyId") Long bodyId, @Param("startsAt") LocalDateTime startsAt,
            @Param("endsAt") LocalDateTime endsAt, @Param("exceptId") Long exceptId,
            @Param("cancelled") MeetingStatus cancelled);
}
