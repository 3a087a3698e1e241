package th.tidtam.coordination.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import th.tidtam.coordination.RequestStatus;

public interface CoordinationRequestRepository extends JpaRepository<CoordinationRequest, Long> {

    /** The row locked until the transaction ends: two clicks of one step queue here and the second sees the first's state. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from CoordinationRequest r where r.id = :id")
    Optional<CoordinationRequest> lock(@Param("id") Long id);

    /**
     * The requests someone may see, newest first, when a list of candidate ids is not known: the requester's own and
     * those of positions below them, those whose parties they head or were escalated to, and (seesAll) every one that
     * is not classified, all within the reader's provinces. Classified ones are filtered again by the caller.
     */
    @Query("""
            select r from CoordinationRequest r where r.provinceId in :provinces and (:seesAll = true
               or r.requesterPositionId in :below
               or r.createdBy.positionId in :below
               or exists (select p.id from CoordinationParty p where p.requestId = r.id
                          and (p.headPositionId in :positions or p.escalatedToPositionId in :positions)))
              and (:status is null or r.status = :status)
              and (:pattern is null or r.searchText like :pattern)
            order by r.id desc""")
    List<CoordinationRequest> visible(@Param("provinces") Collection<Long> provinces, @Param("seesAll") boolean seesAll, @Param("below") Collection<Long> below,
            @Param("positions") Collection<Long> positions,
            @Param("status") RequestStatus status, @Param("pattern") String pattern,
            org.springframework.data.domain.Pageable page);

    List<CoordinationRequest> findByStatusIn(Collection<RequestStatus> statuses);
}
