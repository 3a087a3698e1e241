package th.tidtam.audit.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/** Spring Data fragment behind the administrator's search; every filter maps onto an index of audit_log. */
class AuditSearchImpl implements AuditSearch {

    @PersistenceContext
    private EntityManager em;

    /** Whose days the "from" and "to" days are: the application clock's zone. */
    private final Clock clock;

    AuditSearchImpl(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        TypedQuery<AuditEntry> q = em.createQuery("select e from AuditEntry e" + where
                + " order by e.occurredAt desc, e.id desc", AuditEntry.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
    }

    @Override
    public long count(AuditFilter filter) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(e) from AuditEntry e" + where(filter, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private String where(AuditFilter f, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (f.provinceId() != null) {
            clauses.add("e.provinceId = :province");
            params.put("province", f.provinceId());
        }
        if (f.from() != null) {
            clauses.add("e.occurredAt >= :from");
            params.put("from", f.from().atStartOfDay(clock.getZone()).toInstant());
        }
        if (f.to() != null) {
            clauses.add("e.occurredAt < :to");
            params.put("to", f.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        }
        if (present(f.user())) {
            clauses.add("e.username = :user");
            params.put("user", f.user().trim());
        }
        if (present(f.position())) {
            String p = f.position().trim();
            // an id fits a long; a longer run of digits can only be text someone typed
            if (p.length() <= 18 && p.chars().allMatch(Character::isDigit)) {
                clauses.add("e.positionId = :positionId");
                params.put("positionId", Long.valueOf(p));
            } else {
                clauses.add("lower(e.positions) like :position");
                params.put("position", like(p));
            }
        }
        if (f.action() != null) {
            clauses.add("e.action = :action");
            params.put("action", f.action());
        }
        if (present(f.objectType())) {
            clauses.add("e.objectType = :objectType");
            params.put("objectType", f.objectType().trim());
        }
        if (present(f.objectId())) {
            clauses.add("e.objectId = :objectId");
            params.put("objectId", f.objectId().trim());
        }
        if (present(f.address())) {
            clauses.add("e.address = :address");
            params.put("address", f.address().trim());
        }
        if (present(f.text())) {
            clauses.add("lower(e.details) like :text");
            params.put("text", like(f.text().trim()));
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String like(String s) {
        String escaped = s.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
