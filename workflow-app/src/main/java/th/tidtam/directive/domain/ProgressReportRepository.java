package th.tidtam.directive.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    List<ProgressReport> findByDirectiveIdOrderByReportedAtAscIdAsc(Long directiveId);

    Optional<ProgressReport> findFirstByPartIdAndReviewTaskIdIsNullAndReviewStateOrderByIdAsc(Long partId,
            ProgressReport.Review state);

    Optional<ProgressReport> findByReviewTaskId(String reviewTaskId);

    Optional<ProgressReport> findFirstByPartIdOrderByIdDesc(Long partId);
}
