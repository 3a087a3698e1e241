package th.tidtam.org.domain;

import th.tidtam.org.UnitKind;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    @Query("select u from OrgUnit u left join fetch u.parent order by u.sortOrder, u.nameTh")
    List<OrgUnit> findAllWithParent();

    List<OrgUnit> findByParentIdOrderBySortOrderAscNameThAsc(Long parentId);

    List<OrgUnit> findByParentIsNullOrderBySortOrderAscNameThAsc();

    boolean existsByParentId(Long parentId);

    List<OrgUnit> findByKindOrderBySortOrderAscNameThAsc(UnitKind kind);

    /** True when {@code candidateId} is {@code unitId} itself or lies below it: making it the parent would close a cycle. */
    @Query(value = """
            with recursive below (id, depth) as (
                select id, 0 from org_unit where id = :unitId
                union all
                select u.id, b.depth + 1 from org_unit u join below b on u.parent_id = b.id where b.depth < 64
            )
            select count(*) from below where id = :candidateId
            """, nativeQuery = true)
    long countInSubtree(@Param("unitId") Long unitId, @Param("candidateId") Long candidateId);
}
