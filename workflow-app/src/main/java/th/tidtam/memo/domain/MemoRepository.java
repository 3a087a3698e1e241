package th.tidtam.memo.domain;

import th.tidtam.org.SecrecyClass;
import th.tidtam.casework.Clearance;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;

public interface MemoRepository extends JpaRepository<Memo, Long> {

    /** The memo locked until the caller's transaction ends: two sends or annotations at once queue here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Memo m where m.id = :id")
    Optional<Memo> lockById(@Param("id") Long id);

    List<Memo> findBySubjectTypeAndSubjectIdOrderByIdDesc(String subjectType, Long subjectId);

    /**
     * Memos the positions reached (drafted, waited at or decided), newest first; a classified one only through the
     * positions cleared for its class ({@code confidential}, {@code secret}; see the casework core's Clearance).
     */
    @Query("""
            select m from Memo m where m.provinceId in :provinces and exists (select r from MemoReach r where r.memoId = m.id
                 and ((m.secrecy = th.tidtam.org.SecrecyClass.NONE and r.positionId in :positions)
                     or (m.secrecy = th.tidtam.org.SecrecyClass.CONFIDENTIAL and r.positionId in :confidential)
                     or (m.secrecy = th.tidtam.org.SecrecyClass.SECRET and r.positionId in :secret)))
             order by m.updatedAt desc, m.id desc
            """)
    List<Memo> reachedBy(@Param("provinces") Collection<Long> provinces, @Param("positions") Collection<Long> positions, @Param("confidential") Collection<Long> confidential,
            @Param("secret") Collection<Long> secret, Pageable page);

    @Query("""
            select count(m) from Memo m where m.provinceId in :provinces and exists (select r from MemoReach r where r.memoId = m.id
                 and ((m.secrecy = th.tidtam.org.SecrecyClass.NONE and r.positionId in :positions)
                     or (m.secrecy = th.tidtam.org.SecrecyClass.CONFIDENTIAL and r.positionId in :confidential)
                     or (m.secrecy = th.tidtam.org.SecrecyClass.SECRET and r.positionId in :secret)))
            """)
    long countReachedBy(@Param("provinces") Collection<Long> provinces, @Param("positions") Collection<Long> positions, @Param("confidential") Collection<Long> confidential,
            @Param("secret") Collection<Long> secret);

    List<Memo> findByAtPositionIdInOrderByUpdatedAtDesc(Collection<Long> positions, Pageable page);

    long countByAtPositionIdIn(Collection<Long> positions);

    List<Memo> findByDrafterPositionIdInOrderByUpdatedAtDesc(Collection<Long> positions, Pageable page);

    long countByDrafterPositionIdIn(Collection<Long> positions);

    List<Memo> findByProvinceIdInOrderByUpdatedAtDescIdDesc(Collection<Long> provinces, Pageable page);

    long countByProvinceIdIn(Collection<Long> provinces);

    /**
     * Memos whose folded search text contains the pattern (the query's longest word; the caller checks the others),
     * which the positions reached, or every memo of the provinces when {@code all}; newest first.
     */
    @Query("""
            select m from Memo m where m.searchText like :pattern and m.provinceId in :provinces and (:all = true or exists
              (select r from MemoReach r where r.memoId = m.id and r.positionId in :positions))
             order by m.updatedAt desc, m.id desc
            """)
    List<Memo> search(@Param("pattern") String pattern, @Param("provinces") Collection<Long> provinces, @Param("all") boolean all,
            @Param("positions") Collection<Long> positions, Pageable page);
}
