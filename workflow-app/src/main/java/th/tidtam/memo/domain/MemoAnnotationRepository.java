package th.tidtam.memo.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MemoAnnotationRepository extends JpaRepository<MemoAnnotation, Long> {

    List<MemoAnnotation> findByMemoIdOrderBySeqAsc(Long memoId);

    int countByMemoId(Long memoId);
}
