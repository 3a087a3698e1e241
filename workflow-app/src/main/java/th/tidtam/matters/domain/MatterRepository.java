package th.tidtam.matters.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import th.tidtam.matters.MatterStatus;

public interface MatterRepository extends JpaRepository<Matter, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Matter m where m.id = :id")
    Optional<Matter> lock(@Param("id") Long id);

    List<Matter> findByLetterId(Long letterId);

    /** The provinces' matters without an owner: waiting for triage, or with a share declined back and not yet given again. */
    @Query("""
            select m from Matter m where m.provinceId in :provinces and (m.status = th.tidtam.matters.MatterStatus.TRIAGE
             or (m.status = th.tidtam.matters.MatterStatus.OPEN and exists (select p from MatterPart p
                 where p.matterId = m.id and p.status = th.tidtam.matters.PartStatus.DECLINED)))
             order by m.receivedOn asc, m.id asc""")
    List<Matter> withoutOwner(@Param("provinces") Collection<Long> provinces);

    /** The provinces' newest matters first among those with the given statuses, for the list screen. */
    @Query("""
            select m from Matter m where m.provinceId in :provinces and m.status in :statuses
             and (:text is null or m.searchText like :text)
             order by m.id desc""")
    List<Matter> list(@Param("provinces") Collection<Long> provinces, @Param("statuses") Collection<MatterStatus> statuses, @Param("text") String text, Pageable page);
}
