package th.tidtam.partners.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Repository;

import th.tidtam.partners.PartnerKind;

/**
 * The register's filtered, paged list: every folded word must occur in the partner's search text. Built here because
 * Spring Data's pages are page-aligned and the screens ask for any offset.
 */
@Repository
public class PartnerQueries {

    private final EntityManager em;

    PartnerQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * @param provinceIds the provinces whose partners are listed; null = every province
     * @param likePatterns LIKE patterns with {@code \} as the escape character, all of which must match
     */
    public List<Partner> find(Collection<Long> provinceIds, List<String> likePatterns, PartnerKind kind,
            boolean activeOnly, int offset, int limit) {
        TypedQuery<Partner> q = em.createQuery("select p from Partner p" + where(provinceIds, likePatterns, kind, activeOnly)
                + " order by p.active desc, p.nameTh, p.id", Partner.class);
        bind(q, provinceIds, likePatterns, kind);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(Collection<Long> provinceIds, List<String> likePatterns, PartnerKind kind, boolean activeOnly) {
        TypedQuery<Long> q = em.createQuery("select count(p) from Partner p"
                + where(provinceIds, likePatterns, kind, activeOnly), Long.class);
        bind(q, provinceIds, likePatterns, kind);
        return q.getSingleResult();
    }

    private static String where(Collection<Long> provinceIds, List<String> likePatterns, PartnerKind kind,
            boolean activeOnly) {
        List<String> conditions = new ArrayList<>();
        if (provinceIds != null) {
            conditions.add("p.provinceId in :provinces");
        }
        for (int i = 0; i < likePatterns.size(); i++) {
            conditions.add("p.searchText like :w" + i + " escape '\\'");
        }
        if (kind != null) {
            conditions.add("p.kind = :kind");
        }
        if (activeOnly) {
            conditions.add("p.active = true");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(TypedQuery<?> q, Collection<Long> provinceIds, List<String> likePatterns, PartnerKind kind) {
        if (provinceIds != null) {
            q.setParameter("provinces", provinceIds);
        }
        for (int i = 0; i < likePatterns.size(); i++) {
            q.setParameter("w" + i, likePatterns.get(i));
        }
        if (kind != null) {
            q.setParameter("kind", kind);
        }
    }
}
