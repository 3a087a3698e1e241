package th.tidtam.directive.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectiveRepository extends JpaRepository<Directive, Long> {
}
