package th.tidtam.directive.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectiveEventRepository extends JpaRepository<DirectiveEvent, Long> {

    List<DirectiveEvent> findByDirectiveIdOrderByOccurredAtAscIdAsc(Long directiveId);
}
