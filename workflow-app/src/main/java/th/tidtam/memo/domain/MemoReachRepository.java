package th.tidtam.memo.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MemoReachRepository extends JpaRepository<MemoReach, Long> {

    boolean existsByMemoIdAndPositionId(Long memoId, Long positionId);

    List<MemoReach> findByMemoId(Long memoId);

    boolean existsByMemoIdAndPositionIdIn(Long memoId, Collection<Long> positionIds);

    List<MemoReach> findByMemoIdInAndPositionIdIn(Collection<Long> memoIds, Collection<Long> positionIds);
}
