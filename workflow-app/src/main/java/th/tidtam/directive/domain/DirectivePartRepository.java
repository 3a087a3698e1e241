package th.tidtam.directive.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectivePartRepository extends JpaRepository<DirectivePart, Long> {

    /**
     * The part with its row locked until the transaction ends: two submissions on one part (a double click, the
     * holder and the acting head at once) run one after the other, and the second sees what the first did.
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select p from DirectivePart p where p.id = :id")
    Optional<DirectivePart> lockById(@org.springframework.data.repository.query.Param("id") Long id);

    List<DirectivePart> findByDirectiveIdOrderByLeadDescIdAsc(Long directiveId);

    List<DirectivePart> findByUnitIdAndStatusNot(Long unitId, PartStatus status);

    List<DirectivePart> findByDirectiveIdAndRoundOrderByLeadDescIdAsc(Long directiveId, int round);

    List<DirectivePart> findByDirectiveIdInOrderByDirectiveIdAscLeadDescIdAsc(Collection<Long> directiveIds);
}
