package th.tidtam.org.domain;

import th.tidtam.org.AssignmentKind;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    /**
     * Who must act for the position on the given day: acting holders first (they act because the holder cannot),
     * then the substantive holder. One range scan on ix_assignment_position_period.
     */
    @Query("""
            select a from Assignment a join fetch a.person p
             where a.position.id = :positionId and a.kind in (th.tidtam.org.AssignmentKind.HOLDER, th.tidtam.org.AssignmentKind.ACTING)
               and a.validFrom <= :day and (a.validTo is null or a.validTo >= :day) and p.enabled = true
             order by case when a.kind = th.tidtam.org.AssignmentKind.ACTING then 0 else 1 end, a.validFrom desc
            """)
    List<Assignment> actorsFor(@Param("positionId") Long positionId, @Param("day") LocalDate day);

    /** Delegations (ปฏิบัติราชการแทน) of the position in force on the day, the newest first. */
    @Query("""
            select a from Assignment a join fetch a.person p
             where a.position.id = :positionId and a.kind = th.tidtam.org.AssignmentKind.DELEGATION
               and a.validFrom <= :day and (a.validTo is null or a.validTo >= :day) and p.enabled = true
             order by a.validFrom desc, a.id desc
            """)
    List<Assignment> delegationsOn(@Param("positionId") Long positionId, @Param("day") LocalDate day);

    /** Everyone filling or delegated for any of these positions on the day, in one query (for lists and charts). */
    @Query("""
            select a from Assignment a join fetch a.person join fetch a.position
             where a.position.id in :positionIds and a.validFrom <= :day and (a.validTo is null or a.validTo >= :day)
             order by a.kind, a.validFrom desc
            """)
    List<Assignment> currentFor(@Param("positionIds") Collection<Long> positionIds, @Param("day") LocalDate day);

    /** The positions a person holds or acts in on the day, plus delegations to them. */
    @Query("""
            select a from Assignment a join fetch a.position pos join fetch pos.unit
             where a.person.id = :personId and a.validFrom <= :day and (a.validTo is null or a.validTo >= :day)
             order by a.kind, pos.sortOrder
            """)
    List<Assignment> currentOf(@Param("personId") Long personId, @Param("day") LocalDate day);

    @Query("select a from Assignment a join fetch a.person where a.position.id = :positionId order by a.validFrom desc")
    List<Assignment> historyOf(@Param("positionId") Long positionId);

    @Query("""
            select count(a) from Assignment a
             where a.position.id = :positionId and a.kind = :kind and (:excludeId is null or a.id <> :excludeId)
               and a.validFrom <= :until and (a.validTo is null or a.validTo >= :from)
            """)
    long countOverlapping(@Param("positionId") Long positionId, @Param("kind") AssignmentKind kind,
            @Param("from") LocalDate from, @Param("until") LocalDate until, @Param("excludeId") Long excludeId);

    boolean existsByPositionId(Long positionId);

    boolean existsByPersonId(Long personId);
}
