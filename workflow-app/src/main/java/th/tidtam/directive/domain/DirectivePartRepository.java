package th.tidtam.directive.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectivePartRepository extends JpaRepository<DirectivePart, Long> {

    List<DirectivePart> findByDirectiveIdOrderByLeadDescIdAsc(Long directiveId);

    List<DirectivePart> findByDirectiveIdAndRoundOrderByLeadDescIdAsc(Long directiveId, int round);

    List<DirectivePart> findByDirectiveIdInOrderByDirectiveIdAscLeadDescIdAsc(Collection<Long> directiveIds);
}
