package th.tidtam.org.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AssignmentMatterRepository extends JpaRepository<AssignmentMatter, Long> {

    List<AssignmentMatter> findByAssignmentIdIn(Collection<Long> assignmentIds);

    List<AssignmentMatter> findByAssignmentId(Long assignmentId);
}
