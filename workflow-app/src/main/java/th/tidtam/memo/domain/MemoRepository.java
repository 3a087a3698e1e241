package th.tidtam.memo.domain;

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

    /** Memos the positions reached (drafted, waited at or decided), newest first. */
    @Query("""
            select m from Memo m where exists (select r from MemoReach r where r.memoId = m.id and r.positionId in :positions)
             order by m.updatedAt desc, m.id desc
            """)
    List<Memo> reachedBy(@Param("positions") Collection<Long> positions, Pageable page);

    @Query("""
            select count(m) from Memo m where exists (select r from MemoReach r where r.memoId = m.id and r.positionId in :positions)
            """)
    long countReachedBy(@Param("positions") Collection<Long> positions);

    List<Memo> findByAtPositionIdInOrderByUpdatedAtDesc(Collection<Long> positions, Pageable page);

    long countByAtPositionIdIn(Collection<Long> positions);

    List<Memo> findByDrafterPositionIdInOrderByUpdatedAtDesc(Collection<Long> positions, Pageable page);

    long countByDrafterPositionIdIn(Collection<Long> positions);

    List<Memo> findAllByOrderByUpdatedAtDescIdDesc(Pageable page);

    /** Search: every word must be in the folded search text. Built per query by the caller (few words). */
    @Query("select m from Memo m where m.searchText like :pattern order by m.updatedAt desc")
    List<Memo> searchLike(@Param("pattern") String pattern, Pageable page);
}
