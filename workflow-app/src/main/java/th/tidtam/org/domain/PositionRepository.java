package th.tidtam.org.domain;

import th.tidtam.org.PositionRole;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PositionRepository extends JpaRepository<Position, Long> {

    Optional<Position> findByCode(String code);

    @Query("select p from Position p join fetch p.unit left join fetch p.reportsTo where p.unit.id = :unitId order by p.unitHead desc, p.sortOrder, p.titleTh")
    List<Position> findByUnit(@Param("unitId") Long unitId);

    @Query("select p from Position p join fetch p.unit left join fetch p.reportsTo order by p.unit.sortOrder, p.unitHead desc, p.sortOrder, p.titleTh")
    List<Position> findAllWithUnit();

    @Query("select p from Position p join fetch p.unit where p.id in :ids")
    List<Position> findAllWithUnitByIds(@Param("ids") Collection<Long> ids);

    @Query("select p from Position p join fetch p.unit where p.unit.id = :unitId and p.unitHead = true")
    Optional<Position> findHeadOfUnit(@Param("unitId") Long unitId);

    List<Position> findByRole(PositionRole role);

    boolean existsByUnitId(Long unitId);

    boolean existsByReportsToId(Long positionId);

    /** Locks the position's row so that concurrent changes to who fills it are decided one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Position p where p.id = :id")
    Optional<Position> lockById(@Param("id") Long id);

    /**
     * The chain of command above a position, nearest first: one recursive, index-driven query
     * (org_position.reports_to_id), never a loop of look-ups.
     */
    @Query(value = """
            with recursive chain (id, depth) as (
                select reports_to_id, 1 from org_position where id = :positionId and reports_to_id is not null
                union all
                select p.reports_to_id, c.depth + 1
                  from org_position p join chain c on p.id = c.id
                 where p.reports_to_id is not null and c.depth < 64
            )
            select id from chain order by depth
            """, nativeQuery = true)
    List<Long> chainAbove(@Param("positionId") Long positionId);

    /**
     * The position that must do the work of {@code positionId} on {@code day}: the position itself when someone
     * holds or acts in it, otherwise the nearest position above it that is filled. A vacancy never loses work.
     */
    @Query(value = """
            with recursive chain (id, depth) as (
                select id, 0 from org_position where id = :positionId
                union all
                select p.reports_to_id, c.depth + 1
                  from org_position p join chain c on p.id = c.id
                 where p.reports_to_id is not null and c.depth < 64
            )
            select c.id from chain c
             where exists (select 1 from position_assignment a join person pe on pe.id = a.person_id
                            where a.position_id = c.id and a.kind in ('HOLDER', 'ACTING')
                              and a.valid_from <= :day and (a.valid_to is null or a.valid_to >= :day)
                              and pe.enabled)
             order by c.depth
             limit 1
            """, nativeQuery = true)
    Optional<Long> responsiblePosition(@Param("positionId") Long positionId, @Param("day") LocalDate day);

    /** True when {@code candidateId} reports (directly or not) to {@code positionId}, or is it. */
    @Query(value = """
            with recursive below (id, depth) as (
                select id, 0 from org_position where id = :positionId
                union all
                select p.id, b.depth + 1 from org_position p join below b on p.reports_to_id = b.id where b.depth < 64
            )
            select count(*) from below where id = :candidateId
            """, nativeQuery = true)
    long countInSubordinates(@Param("positionId") Long positionId, @Param("candidateId") Long candidateId);
}
